#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <string_view>
#include <vector>

namespace luotsi::core::importing {

class ZipEntry;

// An allocator that leaves new elements uninitialised: a UTF-16 buffer grown by resize() and
// then written is not zero-filled first (on a big shared-string table that fill cost as much as
// the decoding).
template<typename T> struct UninitializedAllocator : std::allocator<T>
{
    template<typename U> struct rebind
    {
        using other = UninitializedAllocator<U>;
    };
    using std::allocator<T>::allocator;
    template<typename U> void construct(U* p) noexcept { ::new (static_cast<void*>(p)) U; }
    template<typename U, typename... Args> void construct(U* p, Args&&... args)
    {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

using Utf16Buffer = std::vector<char16_t, UninitializedAllocator<char16_t>>;

// The shared-string table of an .xlsx, held compactly: every string's UTF-16 back to back in one
// arena plus an offset per string, instead of a QString (and its allocation) each. Rich-text runs
// are joined, phonetic runs (<rPh>) left out, and Excel's _xHHHH_ escapes decoded.
class XlsxSharedStrings final
{
public:
    Status load(ZipEntry& part);

    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    // The string at an index; an empty view for an index the table does not have.
    QStringView at(qsizetype index) const
    {
        if (index < 0 || index >= size())
            return {};
        return QStringView(m_arena.data() + m_offsets[size_t(index)],
                           m_offsets[size_t(index) + 1] - m_offsets[size_t(index)]);
    }

    // Appends UTF-8 (as expat delivers it: whole characters) to a UTF-16 buffer.
    static void appendUtf8(Utf16Buffer& out, std::string_view utf8);
    // Decodes Excel's _xHHHH_ escapes (and _x005F_ for a literal underscore) in place, from
    // position `from` on.
    static void unescape(Utf16Buffer& text, size_t from = 0);

private:
    Utf16Buffer m_arena;
    std::vector<qsizetype> m_offsets{0};
};

} // namespace luotsi::core::importing

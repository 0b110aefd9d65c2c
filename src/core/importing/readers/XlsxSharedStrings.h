#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <string_view>
#include <vector>

namespace luotsi::core::importing {

class ZipEntry;

// An allocator that leaves new elements uninitialised: a buffer grown by resize() and then
// written is not zero-filled first (on a big shared-string table that fill cost as much as the
// reading).
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

using Utf8Buffer = std::vector<char, UninitializedAllocator<char>>;

// The shared-string table of an .xlsx, held compactly: every string's UTF-8 (as the part has it:
// half the memory of UTF-16 for Finnish text, a hundred megabytes on a million-row workbook) back
// to back in one arena plus an offset per string, instead of a QString (and its allocation) each.
// Rich-text runs are joined, phonetic runs (<rPh>) left out, and Excel's _xHHHH_ escapes decoded.
class XlsxSharedStrings final
{
public:
    Status load(ZipEntry& part);

    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    // The string at an index as UTF-8; an empty view for an index the table does not have.
    std::string_view at(qsizetype index) const
    {
        if (index < 0 || index >= size())
            return {};
        return std::string_view(m_arena.data() + m_offsets[size_t(index)],
                                size_t(m_offsets[size_t(index) + 1] - m_offsets[size_t(index)]));
    }

    // Decodes Excel's _xHHHH_ escapes (and _x005F_ for a literal underscore) of UTF-8 text in
    // place, from position `from` on; an escaped surrogate pair becomes its character, a lone
    // surrogate U+FFFD.
    static void unescape(Utf8Buffer& text, size_t from = 0);
    // Replaces text with the UTF-16 of valid UTF-8, reusing its buffer.
    static void decodeUtf8(QString& text, std::string_view utf8);

private:
    Utf8Buffer m_arena;
    std::vector<qsizetype> m_offsets{0};
};

} // namespace luotsi::core::importing

#include "DuplicateGroup.h"

namespace luotsi::core::duplicates {

namespace {

struct StatusName
{
    DuplicateGroupStatus status;
    const char16_t* code;
};

constexpr StatusName statusNames[] = {
    {DuplicateGroupStatus::Pending, u"pending"},
    {DuplicateGroupStatus::Later, u"later"},
    {DuplicateGroupStatus::Merged, u"merged"},
    {DuplicateGroupStatus::NotDuplicate, u"not_duplicate"},
    {DuplicateGroupStatus::Obsolete, u"obsolete"},
};

} // namespace

QString statusCode(DuplicateGroupStatus status)
{
    for (const StatusName& name : statusNames) {
        if (name.status == status)
            return QString::fromUtf16(name.code);
    }
    return {};
}

std::optional<DuplicateGroupStatus> statusFromCode(const QString& code)
{
    for (const StatusName& name : statusNames) {
        if (code == QStringView(name.code))
            return name.status;
    }
    return std::nullopt;
}

} // namespace luotsi::core::duplicates

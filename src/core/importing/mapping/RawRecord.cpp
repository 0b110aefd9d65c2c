#include "RawRecord.h"

namespace luotsi::core::importing {

QString RawRecord::text(TargetField field) const
{
    const QStringList texts = values.value(field);
    if (texts.size() == 1)
        return texts.first();
    return texts.join(field == TargetField::Notes ? QStringLiteral("; ") : QStringLiteral(" "));
}

void RawRecord::set(TargetField field, const QString& value)
{
    if (value.trimmed().isEmpty())
        values.remove(field);
    else
        values.insert(field, {value});
    fromConstant.remove(field);
}

void RawRecord::remove(TargetField field)
{
    values.remove(field);
    fromConstant.remove(field);
}

bool RawRecord::isEmpty() const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (fromConstant.value(it.key()))
            continue;
        for (const QString& t : it.value()) {
            if (!t.trimmed().isEmpty())
                return false;
        }
    }
    return true;
}

} // namespace luotsi::core::importing

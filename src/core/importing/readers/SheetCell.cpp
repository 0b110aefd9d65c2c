#include "SheetCell.h"

#include "ExcelDate.h"

#include <cmath>

namespace luotsi::core::importing {

QString SheetCell::displayText() const
{
    switch (type) {
    case CellType::String:
    case CellType::Error:
        return text;
    case CellType::Boolean:
        return number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case CellType::DateTime: {
        const QString iso = excelDate::isoFromSerial(number);
        if (!iso.isEmpty())
            return iso;
        break; // no plausible date: show the number
    }
    case CellType::Number:
        break;
    }
    // Whole numbers without ".0" or an exponent (postal codes, customer numbers); the rest with
    // the 15 significant digits Excel shows, so 0.1 + 0.2 reads 0.3.
    if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

QString SheetCell::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

const SheetCell* SheetRow::cell(int column) const
{
    for (const SheetCell& c : cells) {
        if (c.column == column)
            return &c;
        if (c.column > column)
            break;
    }
    return nullptr;
}

bool SheetRow::isBlank() const
{
    for (const SheetCell& c : cells) {
        if (c.type != CellType::String || !c.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace luotsi::core::importing

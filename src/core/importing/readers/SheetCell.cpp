#include "SheetCell.h"

namespace luotsi::core::importing {

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

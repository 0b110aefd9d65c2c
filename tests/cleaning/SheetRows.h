#pragma once

#include "core/importing/readers/SheetCell.h"

#include <QStringList>

#include <initializer_list>

// Sheet rows for tests, written as the cells' texts: "" leaves a cell empty.
namespace luotsi::test {

inline core::importing::SheetRow textRow(int number, const QStringList& texts)
{
    core::importing::SheetRow row;
    row.number = number;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts.at(i).isEmpty())
            continue;
        core::importing::SheetCell cell;
        cell.column = int(i);
        cell.text = texts.at(i);
        row.cells.append(cell);
    }
    return row;
}

inline core::importing::SheetCell
numberCell(int column, double value,
           core::importing::CellType type = core::importing::CellType::Number)
{
    core::importing::SheetCell cell;
    cell.column = column;
    cell.type = type;
    cell.number = value;
    cell.numberFormat = QStringLiteral("General");
    return cell;
}

// Sets (or adds) a typed cell in a row, keeping the cells in column order.
inline void putCell(core::importing::SheetRow& row, const core::importing::SheetCell& cell)
{
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        if (row.cells.at(i).column == cell.column) {
            row.cells[i] = cell;
            return;
        }
        if (row.cells.at(i).column > cell.column) {
            row.cells.insert(i, cell);
            return;
        }
    }
    row.cells.append(cell);
}

} // namespace luotsi::test

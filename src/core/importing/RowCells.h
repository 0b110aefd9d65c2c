#pragma once

#include "readers/SheetCell.h"

#include <QByteArray>
#include <QStringList>

namespace luotsi::core::importing {

// A row's cells as text by column (empty strings fill the gaps), as the import keeps them.
QStringList cellTexts(const SheetRow& row);

// The non-empty cells as a compact JSON object keyed by header (the column letter when the header
// is empty): what import_rows keeps of a row that did not reach the register.
QByteArray cellsJson(const QStringList& headers, const QStringList& cells);

} // namespace luotsi::core::importing

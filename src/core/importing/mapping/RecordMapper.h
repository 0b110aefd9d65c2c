#pragma once

#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/mapping/RawRecord.h"
#include "core/importing/readers/SheetCell.h"

#include <QString>

#include <optional>

namespace luotsi::core::importing {

// Applies a ColumnMapping to sheet rows: every mapped cell becomes text the way an admin reads
// it (a number cell 4400 in a postal code column is "4400", a date cell "2007-02-01"), Name and
// its cut-off continuation are joined, a one-cell address is split, constants fill the fields
// the row lacks, and a Cirix participant without an organisation becomes the person row.
// Nothing is repaired here; that is RecordCleaner's work.
class RecordMapper final
{
public:
    explicit RecordMapper(ColumnMapping mapping);

    const ColumnMapping& mapping() const { return m_mapping; }
    RawRecord map(const SheetRow& row) const;

    // The text of a cell for a field: numbers without a spurious ".0" or float noise, dates
    // (and date-formatted numbers) as ISO dates, booleans as TRUE/FALSE, errors empty.
    static QString cellText(const SheetCell& cell);
    // Name1 + Name2 when Name2 continues a name cut at the column's width (Sonet's Name1 holds
    // 30 characters): "Mikkelin tuomiokirkkoseurakunt" + "a", "Kiinteistöhuolto Lehtonen" +
    // "Oy". Nothing when Name2 is a department ("Ostot", "c/o Tilitoimisto Laine").
    static std::optional<QString> joinedName(const QString& name, const QString& continuation);

private:
    void applyPersonRule(RawRecord& record) const;
    void joinName(RawRecord& record) const;
    void splitAddress(RawRecord& record) const;

    ColumnMapping m_mapping;
};

} // namespace luotsi::core::importing

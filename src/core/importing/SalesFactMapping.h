#pragma once

#include "core/Result.h"
#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/mapping/ColumnSuggester.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace luotsi::core::importing {

// The column mapping of the sales facts target: which fields it offers, what it suggests for a
// sheet's headers and values (Finnish, Swedish, English: "Myynti", "Liikevaihto", "Summa",
// "Tilaukset", "Kuukausi", "Kk", "Vuosi", "Yhtiö", "Asiakasnumero", "Y-tunnus"...) and what a
// mapping still lacks before rows can become facts.
class SalesFactMapping final
{
public:
    // The fields a sales facts column can be, in the wizard's order, Ignore first.
    static QList<TargetField> fields();
    // Fields that only sales facts have (the customer targets do not offer them).
    static bool isSalesField(TargetField field);
    // The fields the wizard offers for a target.
    static QList<TargetField> fieldsFor(ImportTarget target);

    // Customer, revenue and month headers together: the sheet is sales facts, not customers.
    static bool looksLikeSales(const QStringList& headers);
    // A mapping with target SalesFacts from the header row and the rows under it.
    static MappingSuggestion suggest(const QString& sheetName, const SheetRow& header,
                                     const QList<SheetRow>& samples);
    static MappingSuggestion suggest(const QStringList& headers, const QList<QStringList>& rows);
    // The sales facts mapping of a file's sheet and header row (as MappingAdvisor found them),
    // for luotsi-admin import --auto.
    static Result<ColumnMapping> suggestForFile(const QString& path, const QString& sheetName,
                                                int headerRow, const ReaderOptions& options = {});

    // What the mapping lacks (translated), or empty when rows can become facts. A group company
    // comes from a column, from mapping.groupCompanyCode or from a constant.
    static QString problem(const ColumnMapping& mapping);
};

} // namespace luotsi::core::importing

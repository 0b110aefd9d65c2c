#pragma once

#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/mapping/ColumnProfile.h"
#include "core/importing/readers/SheetCell.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace luotsi::core::importing {

// A field proposed for one column, and how sure the suggester is.
struct ColumnSuggestion
{
    int column = 0;
    QString header;
    TargetField field = TargetField::Ignore;
    double confidence = 0.0; // 0..1; below 0.5 the wizard asks the admin to look
    QString reason;          // translated: "header \"Postinro\"", "values look like emails"
};

// A complete mapping proposal for a sheet, with the evidence per column and remarks the
// wizard shows ("dates in column L read both ways: choose the order").
struct MappingSuggestion
{
    ColumnMapping mapping;
    QList<ColumnSuggestion> columns;
    QStringList remarks; // translated
};

// Proposes a ColumnMapping from a sheet's header texts and its first data rows (about 200),
// in Finnish, Swedish and English, so that the five conversion samples need no help:
// headers first (HeaderVocabulary), then the values (business IDs, postal codes, emails,
// phones, dates, one-cell addresses), then the sheet as a whole:
//  - an "Osoite" whose values hold postal codes is a CombinedAddress;
//  - first and last name columns beside an organisation name are the contact person's, and
//    rows without an organisation are private persons (Cirix);
//  - a name column of "Sukunimi Etunimi" persons sets the person name order;
//  - a parish or parish union name header sets the kind, a job title header (Kirkkoherra)
//    makes a contact column with that title;
//  - date columns get their day/month order from DateColumnAnalyzer, or a remark when
//    the values cannot tell.
// A field that takes one column goes to its most certain column only.
class ColumnSuggester final
{
public:
    // From the header row and the data rows under it.
    MappingSuggestion suggest(const QString& sheetName, const SheetRow& header,
                              const QList<SheetRow>& samples) const;
    // From a sheet's first rows (title rows included): the header row is detected first
    // (HeaderRowDetector), the rows after it are the samples.
    MappingSuggestion suggestForSheet(const QString& sheetName,
                                      const QList<SheetRow>& firstRows) const;
    // From texts: header texts and rows of cell texts.
    MappingSuggestion suggest(const QStringList& headers, const QList<QStringList>& rows) const;

private:
    MappingSuggestion fromProfiles(const QString& sheetName, int headerRow,
                                   const QList<ColumnProfile>& profiles) const;
};

} // namespace luotsi::core::importing

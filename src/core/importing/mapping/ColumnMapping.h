#pragma once

#include "core/Result.h"
#include "core/importing/cleaning/DateParser.h"
#include "core/importing/mapping/TargetField.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace luotsi::core::importing {

// One column of the sheet and what it becomes.
struct MappedColumn
{
    int column = 0; // 0-based: A = 0
    QString header; // the header text the mapping was made from ("Y-tunnus")
    TargetField field = TargetField::Ignore;
    DateOrder dateOrder = DateOrder::Unknown; // for date fields; Unknown until the admin decides

    bool operator==(const MappedColumn&) const = default;
};

// What the imported rows become.
enum class ImportTarget
{
    Customers,     // customers with their addresses, channels and contact person
    Contacts,      // contact persons of customers that already exist
    Relationships, // customer numbers of one group company (groupCompanyCode)
    SalesFacts,    // sales per customer, group company and month (SalesFactImporter)
};

// How a person's name is written in a one-cell name ("Virtanen Matti" or "Matti Virtanen").
// The cleaner trusts its first-name list first and this only when the list cannot tell.
enum class PersonNameOrder
{
    FirstLast,
    LastFirst,
};

// How to read one sheet of a legacy file: the header row, the field of every column, constant
// values for fields the file lacks (country "FI", kind "person"), and where the rows go. Saved
// as a profile (JSON) and applied again to next month's file with the same headers.
struct ColumnMapping
{
    static constexpr int formatVersion = 1;

    QString profileName;  // the profile's name in the store; may be empty for a one-off
    QString sourceSystem; // "Sonet", "Cirix": the system the source keys belong to
    QString sheetName;
    int headerRow = 1; // 1-based as Excel shows; 0: the sheet has no header row
    QList<MappedColumn> columns;
    // A value for a field on every row where the row has none: Country "FI", Kind "parish",
    // ContactTitle "Kirkkoherra". Kinds and statuses as their register codes or in Finnish.
    QMap<TargetField, QString> constants;
    ImportTarget target = ImportTarget::Customers;
    QString groupCompanyCode; // for Relationships; for SalesFacts the company of rows without one
    PersonNameOrder personNameOrder = PersonNameOrder::FirstLast;
    // A row with the organisation name empty but a contact person's name is a private person
    // (Cirix: participants without an organisation).
    bool personWhenNoOrganisation = false;

    // The columns mapped to a field, in column order.
    QList<MappedColumn> columnsFor(TargetField field) const;
    bool hasField(TargetField field) const;
    // The header texts of all columns, in column order (what findFor() compares).
    QStringList headers() const;
    // The same mapping for a sheet whose columns moved: columns found by their header text
    // (case and spacing ignored); a mapped header the new sheet lacks is an error naming it.
    Result<ColumnMapping> reboundTo(const QStringList& headers) const;

    QByteArray toJson() const;
    // Strict: an unknown field id, kind, version or a malformed value is an error naming it.
    static Result<ColumnMapping> fromJson(const QByteArray& json);

    bool operator==(const ColumnMapping&) const = default;
};

QString importTargetName(ImportTarget target);

} // namespace luotsi::core::importing

#pragma once

#include "Customer.h"
#include "core/provenance/QualityIssue.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace luotsi::core {

enum class CustomerSortColumn
{
    Name,
    BusinessId,
    Kind,
    Status,
    City,
    Changed
};

// What the customer list shows: search text, filters and order. The repository turns it into SQL
// so that sorting, filtering and searching happen in the database, never over rows in memory.
struct CustomerQuery
{
    QString searchText;
    std::optional<CustomerKind> kind;
    std::optional<CustomerStatus> status;
    qint64 ownerId = 0;                  // 0: any owner
    qint64 companyId = 0;                // 0: any group company
    QString city;                        // exact, case as stored; empty: any
    std::optional<QualityIssue> quality; // only the customers with this data-quality issue
    // A segment of the primary segmentation; 0: any, noSegment: customers without one.
    qint64 segmentId = 0;
    static constexpr qint64 noSegment = -1;
    CustomerSortColumn sortColumn = CustomerSortColumn::Name;
    bool descending = false;

    bool operator==(const CustomerQuery&) const = default;
};

// One row of the customer list.
struct CustomerRow
{
    qint64 id = 0;
    QString name;
    QString businessId;
    CustomerKind kind = CustomerKind::Company;
    CustomerStatus status = CustomerStatus::Active;
    QString city;
    QString ownerName;
    QDateTime changedAt;
    // The customer's segment in the primary segmentation; 0 and empty texts: none.
    qint64 segmentId = 0;
    QString segmentName;   // in the interface language
    QString segmentColour; // #rrggbb
    QVariant sortValue;    // the value of the sort column, for keyset paging
};

// Where a page starts: after the row with this sort value and id.
struct RowKey
{
    QVariant sortValue;
    qint64 id = 0;
};

} // namespace luotsi::core

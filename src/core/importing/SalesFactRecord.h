#pragma once

#include "core/segments/CustomerFacts.h"

#include <QByteArray>

#include <optional>

namespace luotsi::core::importing {

// A sales fact as an import batch keeps it in import_changes: after (what the batch wrote) and
// before (the fact it replaced, with the batch that had written that one), so that undo can
// check the fact is still the batch's and put the replaced one back. The customer is the
// change's customer_id; the JSON holds the rest, its revenue in cents so that it compares
// exactly: {"salesFact": {"company": 2, "month": "2026-11", "cents": 123450, "orders": 3,
// "batch": 7}}.
struct SalesFactRecord
{
    segments::SalesFact fact;
    qint64 batchId = 0; // 0: no import batch (generated, or written before batches)

    QByteArray toJson() const;
    // Nothing when the JSON is not a sales fact record (a customer change).
    static std::optional<SalesFactRecord> fromJson(const QByteArray& json, qint64 customerId);
    static bool isRecord(const QByteArray& json);

    static qint64 cents(double revenue);
    // The same customer, company, month, revenue to the cent and orders.
    static bool sameValues(const segments::SalesFact& a, const segments::SalesFact& b);
};

} // namespace luotsi::core::importing

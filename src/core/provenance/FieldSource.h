#pragma once

#include <QDateTime>
#include <QString>

namespace luotsi::core {

// Where one field of a customer got its current value (a row of field_sources, see
// migrations/0004_duplicates.sql). Exactly one origin applies:
// - an import: sourceSystem and batchId (batchId 0 once the batch was deleted);
// - a user's edit: sourceSystem empty, userId set;
// - a merge: mergeId set, sourceSystem the member's system when known.
// field is a customer column ("name", "business_id", "kind", "language", "status", "owner",
// "parent", "notes") or a child list ("addresses", "phones", "emails", "web", "contacts",
// "relationships").
struct FieldSource
{
    QString field;
    QString sourceSystem;
    qint64 batchId = 0;
    qint64 userId = 0;
    QString userName; // filled when read
    qint64 mergeId = 0;
    QDateTime changedAt;
    QString batchFileName; // filled when read, for an import
    QString mergedFrom;    // filled when read, for a merge: the merged members' names

    bool operator==(const FieldSource&) const = default;
};

} // namespace luotsi::core

#pragma once

#include "core/register/Customer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace luotsi::core::duplicates {

// One scored pair of customers the finder compared (a < b).
struct DuplicatePair
{
    qint64 a = 0;
    qint64 b = 0;
    double score = 0.0;
    QStringList agreed; // translated field names that spoke for a match

    bool operator==(const DuplicatePair&) const = default;
};

enum class DuplicateGroupStatus
{
    Pending,      // waiting for an admin
    Later,        // an admin looked and will decide later
    Merged,       // merged (mergeId tells which merge)
    NotDuplicate, // an admin said the members are different customers
    Obsolete,     // a later run replaced it
};

// Customers the finder thinks are one customer: the members of a connected set of pairs that
// scored at or above the run's minimum score.
struct DuplicateGroup
{
    qint64 id = 0; // as stored; 0 before the run is saved
    qint64 runId = 0;
    double score = 0.0;         // the best pair's score
    QList<qint64> customerIds;  // ascending
    QList<DuplicatePair> pairs; // best first
    DuplicateGroupStatus status = DuplicateGroupStatus::Pending;
    qint64 mergeId = 0;

    bool operator==(const DuplicateGroup&) const = default;
};

// Which part of the register a run looks at; empty fields mean any.
struct DuplicateFilter
{
    std::optional<CustomerKind> kind;
    QString city; // the customer's main city as the list shows it
    qint64 ownerId = 0;

    bool isEmpty() const { return !kind && city.isEmpty() && ownerId == 0; }
    bool operator==(const DuplicateFilter&) const = default;
};

// One finished run of the finder.
struct DuplicateRun
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString filter; // in words, empty for the whole register
    double minScore = 0.0;
    qint64 customers = 0;
    qint64 comparisons = 0;
    qint64 groups = 0;
};

QString statusCode(DuplicateGroupStatus status);
std::optional<DuplicateGroupStatus> statusFromCode(const QString& code);

} // namespace luotsi::core::duplicates

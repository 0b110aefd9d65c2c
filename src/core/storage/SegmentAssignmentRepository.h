#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/segments/SegmentAssignment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace luotsi::storage {

// Customers' segments: the current one per segmentation, manual overrides, and the history every
// change leaves, with the counts the segment report reads. Runs and their moves live in
// SegmentRunRepository. Writers expect the caller to hold the transaction.
class SegmentAssignmentRepository final
{
public:
    explicit SegmentAssignmentRepository(Database& database);

    // (customer id, segment id) of every customer with a segment, in customer id order: a run
    // reads it beside the facts stream, which comes in the same order.
    core::Result<std::vector<std::pair<qint64, qint64>>> assignments(qint64 segmentationId);
    // Every override of a segmentation, expired ones too (user names left empty).
    core::Result<QList<core::segments::SegmentOverride>> overrides(qint64 segmentationId);

    // The customer's segment (0 when none) and override, with the override's author.
    core::Result<core::segments::CustomerSegment> segmentOf(qint64 customerId,
                                                            qint64 segmentationId);
    // Puts the customer in segmentId (runId 0: by hand), or takes it out of every segment (0).
    core::Status setSegment(qint64 customerId, qint64 segmentationId, qint64 segmentId,
                            const QDateTime& since, qint64 runId);
    core::Status saveOverride(const core::segments::SegmentOverride& override);
    core::Status removeOverride(qint64 customerId, qint64 segmentationId);
    // Removes the overrides whose last day was before day; how many there were.
    core::Result<int> removeOverridesExpiredBefore(qint64 segmentationId, const QDate& day);

    // Appends a change (its id is set).
    core::Status addChange(core::segments::SegmentChange& change);
    // Newest first, with user names; segmentationId 0: every segmentation.
    core::Result<QList<core::segments::SegmentChange>> history(qint64 customerId,
                                                               qint64 segmentationId);
    // Per segment found in the history: members before from, entries and exits in [from, until)
    // and members before until. Changes that keep the segment (an override pinning the current
    // one) count neither way.
    core::Result<QList<core::segments::SegmentFlow>>
    flows(qint64 segmentationId, const QDateTime& from, const QDateTime& until);
    // Customers per current segment.
    core::Result<QList<std::pair<qint64, int>>> distribution(qint64 segmentationId);

    // One customer's line in an export of the segmentation.
    struct ExportRow
    {
        qint64 customerId = 0;
        QString name;
        qint64 segmentId = 0; // 0: none
        QDateTime since;
        qint64 runId = 0;
        QDate runAsOf;
        bool overridden = false;
        QString overrideReason;
        QDate overrideExpiresOn;
    };
    // Every customer in id order, with or without a segment; visit returns false to stop.
    core::Status forEachAssignment(qint64 segmentationId,
                                   const std::function<bool(const ExportRow&)>& visit);

private:
    Database& m_database;
};

} // namespace luotsi::storage

#include "SegmentationService.h"

#include "SegmentCatalog.h"
#include "SegmentRunner.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/storage/SalesFactRepository.h"
#include "core/storage/SegmentAssignmentRepository.h"
#include "core/storage/SegmentRunRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace luotsi::core::segments {

namespace sv = storage::sqlvalues;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationService)
};

// The first moment of a day in local time, as the history's UTC timestamps compare with it.
QDateTime startOfDay(const QDate& day)
{
    return day.startOfDay().toUTC();
}

} // namespace

SegmentationService::SegmentationService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{}
SegmentationService::~SegmentationService() = default;

Result<qint64> SegmentationService::resolve(qint64 segmentationId)
{
    if (segmentationId != 0)
        return segmentationId;
    auto primary = m_workspace.segmentCatalog().primarySegmentation();
    if (!primary)
        return primary.error();
    return primary->id;
}

// Facts ---------------------------------------------------------------------------------------

Result<CustomerFacts> SegmentationService::facts(qint64 customerId, const QDate& asOf)
{
    return storage::SalesFactRepository(m_workspace.database()).factsFor(customerId, asOf);
}

Result<QList<SalesFact>> SegmentationService::salesOf(qint64 customerId)
{
    return storage::SalesFactRepository(m_workspace.database()).forCustomer(customerId);
}

Status SegmentationService::setPotential(qint64 customerId, std::optional<double> euros)
{
    if (euros && *euros < 0)
        return Error{Texts::tr("The potential cannot be negative."), {}};
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status = storage::SalesFactRepository(m_workspace.database())
                          .setPotential(customerId, euros, m_workspace.currentUser().id);
        !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    emit factsChanged(customerId);
    return {};
}

Status SegmentationService::setTags(qint64 customerId, const QStringList& tags)
{
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status =
            storage::SalesFactRepository(m_workspace.database()).setTags(customerId, tags);
        !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    emit factsChanged(customerId);
    return {};
}

Result<QList<SegmentationService::SegmentExplanation>>
SegmentationService::explain(qint64 segmentationId, qint64 customerId, const QDate& asOf)
{
    const auto id = resolve(segmentationId);
    if (!id)
        return id.error();
    auto segments = m_workspace.segmentCatalog().segmentsByPriority(*id);
    if (!segments)
        return segments.error();
    auto customerFacts = facts(customerId, asOf);
    if (!customerFacts)
        return customerFacts.error();
    auto companies = SegmentRunner::companyIds(m_workspace);
    if (!companies)
        return companies.error();
    const RuleEvaluator evaluator(*companies, asOf);
    QList<SegmentExplanation> explanations;
    for (const Segment& segment : std::as_const(*segments)) {
        explanations.append({segment, evaluator.holds(segment.rule, *customerFacts),
                             evaluator.explain(segment.rule, *customerFacts)});
    }
    return explanations;
}

Result<QList<ExplanationLine>> SegmentationService::explainRule(const Rule& rule, qint64 customerId,
                                                                const QDate& asOf)
{
    auto customerFacts = facts(customerId, asOf);
    if (!customerFacts)
        return customerFacts.error();
    auto companies = SegmentRunner::companyIds(m_workspace);
    if (!companies)
        return companies.error();
    return RuleEvaluator(*companies, asOf).explain(rule, *customerFacts);
}

// Assignments ---------------------------------------------------------------------------------

Result<CustomerSegment> SegmentationService::segmentOf(qint64 customerId, qint64 segmentationId)
{
    const auto id = resolve(segmentationId);
    if (!id)
        return id.error();
    return storage::SegmentAssignmentRepository(m_workspace.database()).segmentOf(customerId, *id);
}

Result<QList<SegmentChange>> SegmentationService::history(qint64 customerId, qint64 segmentationId)
{
    return storage::SegmentAssignmentRepository(m_workspace.database())
        .history(customerId, segmentationId);
}

Status SegmentationService::setOverride(const SegmentOverride& override)
{
    SegmentOverride o = override;
    const auto id = resolve(o.segmentationId);
    if (!id)
        return id.error();
    o.segmentationId = *id;
    o.reason = o.reason.trimmed();
    if (o.reason.isEmpty())
        return Error{Texts::tr("Say why this customer's segment is set by hand."), {}};
    if (o.expiresOn.isValid() && o.expiresOn < QDate::currentDate()) {
        return Error{Texts::tr("The override would have ended already on %1.")
                         .arg(QLocale().toString(o.expiresOn, QLocale::ShortFormat)),
                     {}};
    }
    auto segment = m_workspace.segmentCatalog().segment(o.segmentId);
    if (!segment)
        return segment.error();
    if (segment->segmentationId != o.segmentationId) {
        return Error{
            Texts::tr("The segment %1 belongs to another segmentation.").arg(segment->name()), {}};
    }
    if (auto customer = m_workspace.customers().ref(o.customerId); !customer)
        return customer.error();

    storage::SegmentAssignmentRepository assignments(m_workspace.database());
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto current = assignments.segmentOf(o.customerId, o.segmentationId);
    if (!current)
        return current.error();
    const QDateTime now = sv::now();
    o.userId = m_workspace.currentUser().id;
    o.createdAt = now;
    if (auto status = assignments.saveOverride(o); !status)
        return status;
    if (current->segmentId != o.segmentId) {
        if (auto status =
                assignments.setSegment(o.customerId, o.segmentationId, o.segmentId, now, 0);
            !status)
            return status;
    }
    // Also when the segment stays: the timeline shows who pinned it and why.
    SegmentChange change;
    change.customerId = o.customerId;
    change.segmentationId = o.segmentationId;
    change.fromSegmentId = current->segmentId;
    change.toSegmentId = o.segmentId;
    change.changedAt = now;
    change.reason = ChangeReason::Manual;
    change.userId = o.userId;
    change.note = o.reason;
    if (auto status = assignments.addChange(change); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    emit assignmentsChanged({o.customerId});
    return {};
}

Status SegmentationService::clearOverride(qint64 customerId, qint64 segmentationId)
{
    const auto id = resolve(segmentationId);
    if (!id)
        return id.error();
    const QDate today = QDate::currentDate();
    auto segments = m_workspace.segmentCatalog().segmentsByPriority(*id);
    if (!segments)
        return segments.error();
    auto customerFacts = facts(customerId, today);
    if (!customerFacts)
        return customerFacts.error();
    auto companies = SegmentRunner::companyIds(m_workspace);
    if (!companies)
        return companies.error();
    const qint64 ruled = RuleEvaluator(*companies, today).firstMatch(*segments, *customerFacts);

    storage::SegmentAssignmentRepository assignments(m_workspace.database());
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto current = assignments.segmentOf(customerId, *id);
    if (!current)
        return current.error();
    if (!current->override)
        return {};
    const QDateTime now = sv::now();
    if (auto status = assignments.removeOverride(customerId, *id); !status)
        return status;
    if (ruled != current->segmentId) {
        if (auto status = assignments.setSegment(customerId, *id, ruled, now, 0); !status)
            return status;
    }
    SegmentChange change;
    change.customerId = customerId;
    change.segmentationId = *id;
    change.fromSegmentId = current->segmentId;
    change.toSegmentId = ruled;
    change.changedAt = now;
    change.reason = ChangeReason::OverrideEnded;
    change.userId = m_workspace.currentUser().id;
    change.note = current->override->reason;
    if (auto status = assignments.addChange(change); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    emit assignmentsChanged({customerId});
    return {};
}

Result<QList<SegmentFlow>> SegmentationService::flows(qint64 segmentationId, const QDate& from,
                                                      const QDate& to)
{
    const auto id = resolve(segmentationId);
    if (!id)
        return id.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{Texts::tr("The period of segment flows needs a start before its end."), {}};
    auto counted = storage::SegmentAssignmentRepository(m_workspace.database())
                       .flows(*id, startOfDay(from), startOfDay(to.addDays(1)));
    if (!counted)
        return counted.error();
    auto segments = m_workspace.segmentCatalog().segments(*id);
    if (!segments)
        return segments.error();
    // Every segment of the segmentation in display order, also those nobody entered or left;
    // then any segment the history names that no longer belongs here. Segment 0 (none) is left
    // out: the history does not know customers that were never segmented.
    QList<SegmentFlow> flows;
    QSet<qint64> listed;
    for (const Segment& segment : std::as_const(*segments)) {
        SegmentFlow flow;
        flow.segmentId = segment.id;
        for (const SegmentFlow& found : std::as_const(*counted)) {
            if (found.segmentId == segment.id)
                flow = found;
        }
        flows.append(flow);
        listed.insert(segment.id);
    }
    for (const SegmentFlow& found : std::as_const(*counted)) {
        if (found.segmentId != 0 && !listed.contains(found.segmentId))
            flows.append(found);
    }
    return flows;
}

Result<QList<std::pair<qint64, int>>> SegmentationService::distribution(qint64 segmentationId)
{
    const auto id = resolve(segmentationId);
    if (!id)
        return id.error();
    return storage::SegmentAssignmentRepository(m_workspace.database()).distribution(*id);
}

// Runs ----------------------------------------------------------------------------------------

Result<SegmentRun> SegmentationService::preview(qint64 segmentationId, RunKind kind,
                                                const QDate& asOf, const Progress& progress)
{
    const auto id = resolve(segmentationId);
    if (!id)
        return id.error();
    return SegmentRunner(m_workspace).preview(*id, kind, asOf, progress);
}

Result<SegmentRun> SegmentationService::run(qint64 runId)
{
    return storage::SegmentRunRepository(m_workspace.database()).run(runId);
}

Result<QList<SegmentRun>> SegmentationService::runs(qint64 segmentationId, int limit)
{
    const auto id = resolve(segmentationId);
    if (!id)
        return id.error();
    return storage::SegmentRunRepository(m_workspace.database()).runs(*id, limit);
}

Result<QList<RunMove>> SegmentationService::moves(qint64 runId, qint64 fromSegmentId,
                                                  qint64 toSegmentId, int limit, int offset,
                                                  qint64 ownerId)
{
    return storage::SegmentRunRepository(m_workspace.database())
        .moves(runId, fromSegmentId, toSegmentId, limit, offset, ownerId);
}

Status SegmentationService::decide(qint64 runId, const QList<qint64>& customerIds,
                                   MoveDecision decision, qint64 segmentId, const QString& reason)
{
    storage::SegmentRunRepository runs(m_workspace.database());
    auto run = runs.run(runId);
    if (!run)
        return run.error();
    if (run->kind != RunKind::Review)
        return Error{Texts::tr("Only the moves of a review take owners' decisions."), {}};
    if (run->status != RunStatus::Preview)
        return Error{Texts::tr("Run %1 is no longer a preview.").arg(runId), {}};
    const QString why = reason.trimmed();
    if (decision == MoveDecision::Overridden) {
        if (why.isEmpty())
            return Error{Texts::tr("Say why the customer keeps another segment."), {}};
        auto segment = m_workspace.segmentCatalog().segment(segmentId);
        if (!segment)
            return segment.error();
        if (segment->segmentationId != run->segmentationId) {
            return Error{
                Texts::tr("The segment %1 belongs to another segmentation.").arg(segment->name()),
                {}};
        }
    } else {
        segmentId = 0;
    }
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status = runs.decide(runId, customerIds, decision, segmentId,
                                  decision == MoveDecision::Overridden ? why : QString(),
                                  m_workspace.currentUser().id, sv::now());
        !status)
        return status;
    return transaction.commit();
}

Result<ApplyResult> SegmentationService::apply(qint64 runId, const Progress& progress)
{
    auto result = SegmentRunner(m_workspace).apply(runId, progress);
    if (result)
        emit assignmentsChanged({});
    return result;
}

Status SegmentationService::discard(qint64 runId)
{
    storage::SegmentRunRepository runs(m_workspace.database());
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto run = runs.run(runId);
    if (!run)
        return run.error();
    if (run->status != RunStatus::Preview)
        return Error{Texts::tr("Run %1 is no longer a preview.").arg(runId), {}};
    // The matrix stays as a record of what was proposed; the list of movers has no further use.
    if (auto status = runs.setStatus(runId, RunStatus::Discarded, {}); !status)
        return status;
    if (auto status = runs.removeMoves(runId); !status)
        return status;
    return transaction.commit();
}

} // namespace luotsi::core::segments

#pragma once

#include "MergePlan.h"
#include "SurvivorshipSettings.h"
#include "core/Result.h"
#include "core/register/Customer.h"

#include <QObject>

#include <memory>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::merging {

class MergeParticipants;
struct MergeContext;

// Merges a group of duplicate customers into one surviving record and undoes such merges.
//
// propose() suggests the survivor and each field's value (SurvivorshipRules), preview() shows
// the result without writing, merge() writes it in one transaction: the survivor gets the chosen
// values and the union of every member's contacts, addresses, channels, relationships and
// source keys; data attached to the members (timeline, child customers, import lineage, later
// modules' rows: see MergeParticipant) moves to the survivor; the members are deleted, with
// everything undo needs kept in the merge tables. undo() brings back the exact state before the
// merge, unless the survivor has been changed since.
class MergeService final : public QObject
{
    Q_OBJECT
public:
    explicit MergeService(Workspace& workspace, SurvivorshipSettings settings = {},
                          QObject* parent = nullptr);
    ~MergeService() override;

    // The fields an admin chooses a surviving value for, in display order: "name",
    // "business_id", "kind", "language", "status", "owner", "parent", "notes",
    // "visiting_address", "postal_address", "billing_address".
    static QStringList fieldCodes();
    // The field's translated title for the side-by-side view.
    static QString fieldTitle(const QString& code);
    // The display text of a customer's field (owner and parent by name), empty when unset.
    QString fieldValue(const Customer& customer, const QString& code);

    // Survivorship defaults for these customers (at least two): the survivor and every field's
    // source. Customers whose data may differ are loaded fresh.
    Result<MergePlan> propose(const QList<qint64>& customerIds);
    // The survivor as merge() would write it (ids of rows taken from members are 0); nothing
    // is written.
    Result<Customer> preview(const MergePlan& plan);
    // Merges and returns the merge's id. Nothing changes when it fails.
    Result<qint64> merge(const MergePlan& plan);
    // Restores the survivor and the members as they were before the merge. Refused, with what
    // changed, when the merge was undone already or the survivor was changed after it.
    Status undo(qint64 mergeId);

    // Merges newest first.
    Result<QList<MergeRecord>> history(int limit = 500);
    // The merges this customer survived, newest first.
    Result<QList<MergeRecord>> mergesOf(qint64 customerId);

    const SurvivorshipSettings& settings() const { return m_settings; }
    void setSettings(const SurvivorshipSettings& settings) { m_settings = settings; }
    // Where modules register the data they attach to customers (see MergeParticipant.h).
    MergeParticipants& participants() { return *m_participants; }

signals:
    // After a commit, so that views can drop the members and reload the survivor.
    void customersMerged(qint64 mergeId, qint64 survivorId, const QList<qint64>& memberIds);
    void mergeUndone(qint64 mergeId, qint64 survivorId, const QList<qint64>& memberIds);

private:
    Result<QList<MergeRecord>> records(qint64 survivorId, int limit);

    SurvivorshipSettings m_settings;
    std::unique_ptr<MergeParticipants> m_participants;
    std::unique_ptr<MergeContext> m_context;
    QHash<qint64, QString> m_userNames; // filled on first use by fieldValue()
};

} // namespace luotsi::core::merging

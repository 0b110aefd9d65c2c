#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/provenance/FieldSource.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace luotsi::storage {

// One merge as stored: the survivor before and after it and each member as it was (JSON).
struct StoredMerge
{
    struct Member
    {
        qint64 customerId = 0;
        QByteArray before;
    };
    qint64 id = 0;
    qint64 survivorId = 0;
    QString userName;
    QDateTime mergedAt;
    bool undone = false;
    QDateTime undoneAt;
    QByteArray survivorBefore;
    QByteArray survivorAfter;
    QList<Member> members; // by customer id
};

// A row of another table that a merge moved from a member to the survivor.
struct MergeMove
{
    QString participant;
    QString rowKey;
    qint64 fromCustomer = 0;
};

// A table whose rows belong to a customer through one column, keyed by keyColumns (a row key is
// their values joined by ':'). selfReference: the table is customers itself (parent_id), so the
// target customer's own row never moves under itself.
struct CustomerLinkTable
{
    QString table;
    QStringList keyColumns;
    QString customerColumn;
    bool selfReference = false;
};

// Merges of duplicate customers (merges, merge_members, merge_moves), the field_sources rows a
// merge reads and writes, and the moves of rows attached to customers. Callers hold the
// transaction: see merging::MergeService.
class MergeRepository final
{
public:
    explicit MergeRepository(Database& database);

    core::Result<qint64> addMerge(qint64 survivorId, qint64 userId,
                                  const QByteArray& survivorBefore);
    core::Status setSurvivorAfter(qint64 mergeId, const QByteArray& survivorAfter);
    core::Status addMember(qint64 mergeId, qint64 customerId, const QByteArray& before);
    core::Status addMoves(qint64 mergeId, const QString& participant, const QStringList& rowKeys,
                          qint64 fromCustomer);
    core::Status markUndone(qint64 mergeId);

    core::Result<StoredMerge> load(qint64 mergeId);
    core::Result<QList<MergeMove>> moves(qint64 mergeId);
    // Newest first; survivorId 0 lists every merge.
    core::Result<QList<StoredMerge>> list(qint64 survivorId, int limit);
    // Applied merges after mergeId that the customer survived or was merged away in.
    core::Result<QList<qint64>> laterMergesOf(qint64 customerId, qint64 mergeId);

    core::Result<QList<core::FieldSource>> fieldSources(qint64 customerId);
    // Replaces the customer's row for source.field.
    core::Status putFieldSource(qint64 customerId, const core::FieldSource& source);
    // Replaces all of the customer's rows.
    core::Status replaceFieldSources(qint64 customerId, const QList<core::FieldSource>& sources);

    // The customer's parent, grandparent and so on.
    core::Result<QList<qint64>> ancestors(qint64 customerId);
    // Sets a parent link alone, leaving the customer's other data and timestamps as they are.
    core::Status setParent(qint64 customerId, qint64 parentId);

    // Moves fromCustomer's rows of the table to toCustomer; returns their keys.
    core::Result<QStringList> moveLinks(const CustomerLinkTable& table, qint64 fromCustomer,
                                        qint64 toCustomer);
    core::Status moveLinksBack(const CustomerLinkTable& table, const QStringList& rowKeys,
                               qint64 toCustomer);

private:
    core::Status readMembers(StoredMerge& merge);

    Database& m_database;
};

} // namespace luotsi::storage

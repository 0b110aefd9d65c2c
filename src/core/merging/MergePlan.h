#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace luotsi::core::merging {

// What an admin decided for one merge: the record that survives, the records merged into it
// and, per field code (MergeService::fieldCodes()), whose value the survivor keeps. A field left
// out keeps the survivor's own value. Child lists (contacts, addresses, channels,
// relationships, source keys) are always the union of all records.
struct MergePlan
{
    qint64 survivorId = 0;
    QList<qint64> memberIds;          // merged away; the survivor is not among them
    QHash<QString, qint64> valueFrom; // field code -> customer id whose value survives

    bool operator==(const MergePlan&) const = default;
};

// One merge as the history lists it.
struct MergeRecord
{
    qint64 id = 0;
    qint64 survivorId = 0;
    QString survivorName; // the survivor's name right after the merge
    QList<qint64> memberIds;
    QStringList memberNames; // in the order of memberIds, as they were before the merge
    QDateTime mergedAt;
    QString userName;
    bool undone = false;
    QDateTime undoneAt;
};

} // namespace luotsi::core::merging

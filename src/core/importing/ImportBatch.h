#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace luotsi::core::importing {

// What became of one input row.
enum class RowOutcome
{
    New,               // created a customer
    Update,            // added to or changed an existing customer
    Unchanged,         // matched a customer that already had everything the row says
    PossibleDuplicate, // looks like a customer but not surely: left for an admin to decide
    Rejected,          // not imported, with the reason (junk row, no name, unreadable)
    Skipped            // an admin chose to skip it
};

QString outcomeCode(RowOutcome outcome);
RowOutcome outcomeFromCode(const QString& code);
QString outcomeDisplayName(RowOutcome outcome);

enum class BatchStatus
{
    Applied,
    Undone
};

struct OutcomeCounts
{
    qint64 rowsRead = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 possibleDuplicates = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;

    void add(RowOutcome outcome);
    qint64 of(RowOutcome outcome) const;
};

// One run of the import of one sheet of one file.
struct ImportBatch
{
    qint64 id = 0;
    QString fileName;
    QString filePath;
    QString fileHash;
    QString sheet;
    QString sourceSystem;
    QString profile;
    qint64 userId = 0;
    QString userName;
    QDateTime startedAt;
    QDateTime finishedAt;
    BatchStatus status = BatchStatus::Applied;
    QDateTime undoneAt;
    OutcomeCounts counts;
};

// The lineage of one input row: where it was, what became of it and the customer it went to.
struct ImportRowResult
{
    int rowNumber = 0;
    RowOutcome outcome = RowOutcome::New;
    qint64 customerId = 0;
    QString sourceKey;
    double score = 0.0;
    QString matchedBy; // the fields that agreed, comma separated
    QString reason;    // why rejected / why a possible duplicate / what was updated
    QByteArray cells;  // the row's cells as JSON, kept for rows that did not reach the register
};

// What a batch did to one customer: the record before (empty when it created it) and the
// fingerprint of the record it left (CustomerJson::fingerprint).
struct ImportChange
{
    enum class Action
    {
        Create,
        Update
    };
    qint64 id = 0;
    qint64 batchId = 0;
    qint64 customerId = 0;
    Action action = Action::Create;
    QByteArray before;
    QByteArray after;
};

} // namespace luotsi::core::importing

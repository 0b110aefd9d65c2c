#include "ImportBatch.h"

#include <QCoreApplication>

namespace luotsi::core::importing {

QString outcomeCode(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::New:
        return QStringLiteral("new");
    case RowOutcome::Update:
        return QStringLiteral("update");
    case RowOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case RowOutcome::PossibleDuplicate:
        return QStringLiteral("possible_duplicate");
    case RowOutcome::Rejected:
        return QStringLiteral("rejected");
    case RowOutcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

RowOutcome outcomeFromCode(const QString& code)
{
    for (RowOutcome outcome :
         {RowOutcome::New, RowOutcome::Update, RowOutcome::Unchanged, RowOutcome::PossibleDuplicate,
          RowOutcome::Rejected, RowOutcome::Skipped}) {
        if (outcomeCode(outcome) == code)
            return outcome;
    }
    return RowOutcome::Rejected;
}

QString outcomeDisplayName(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::New:
        return QCoreApplication::translate("ImportOutcome", "New");
    case RowOutcome::Update:
        return QCoreApplication::translate("ImportOutcome", "Update");
    case RowOutcome::Unchanged:
        return QCoreApplication::translate("ImportOutcome", "Unchanged");
    case RowOutcome::PossibleDuplicate:
        return QCoreApplication::translate("ImportOutcome", "Possible duplicate");
    case RowOutcome::Rejected:
        return QCoreApplication::translate("ImportOutcome", "Rejected");
    case RowOutcome::Skipped:
        return QCoreApplication::translate("ImportOutcome", "Skipped");
    }
    return {};
}

void OutcomeCounts::add(RowOutcome outcome)
{
    ++rowsRead;
    switch (outcome) {
    case RowOutcome::New:
        ++created;
        break;
    case RowOutcome::Update:
        ++updated;
        break;
    case RowOutcome::Unchanged:
        ++unchanged;
        break;
    case RowOutcome::PossibleDuplicate:
        ++possibleDuplicates;
        break;
    case RowOutcome::Rejected:
        ++rejected;
        break;
    case RowOutcome::Skipped:
        ++skipped;
        break;
    }
}

qint64 OutcomeCounts::of(RowOutcome outcome) const
{
    switch (outcome) {
    case RowOutcome::New:
        return created;
    case RowOutcome::Update:
        return updated;
    case RowOutcome::Unchanged:
        return unchanged;
    case RowOutcome::PossibleDuplicate:
        return possibleDuplicates;
    case RowOutcome::Rejected:
        return rejected;
    case RowOutcome::Skipped:
        return skipped;
    }
    return 0;
}

} // namespace luotsi::core::importing

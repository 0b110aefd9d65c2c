#pragma once

#include "core/importing/cleaning/CleaningFinding.h"
#include "core/matching/PreparedRecord.h"
#include "core/register/Customer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace luotsi::core::importing {

// One row of a sheet after everything that needs no database: read, mapped, cleaned, made a
// customer, normalised and validated, its matching record and keys worked out. The import's
// reading thread makes these; the thread that owns the register only matches and writes them.
struct PreparedRow
{
    int rowNumber = 0;
    bool isHeader = false; // at or above the mapping's header row: no customer
    QStringList cells;     // the row's cells as text, in column order

    QString name; // the cleaned name
    QString sourceKey;
    CleaningFindings findings;
    // Why the row is no customer at all (junk, no name); empty when it is one. With it,
    // rejectedCells: the row as JSON for the rows-left-out file.
    QString rejectReason;
    QByteArray rejectedCells;

    Customer draft; // as the row describes the customer; merges add it to an existing one
    // Normalised and validated: what a new customer is written as; when the register refuses a
    // value (an invalid business ID), createError says so and the row cannot be a new customer.
    Customer created;
    QString createError;
    matching::PreparedRecord record; // the draft's, to find it in the register
    // The draft's blocking keys (MatchKeyHash): strong ones (business ID, phone, e-mail) and
    // weak ones (name parts in the municipality, domains).
    QList<qint64> strongKeys;
    QList<qint64> weakKeys;
    matching::PreparedRecord createdRecord; // the new customer's, for the rows after it
    QList<qint64> createdKeys;              // its blocking keys as stored

    bool isRejected() const { return !rejectReason.isEmpty(); }
};

} // namespace luotsi::core::importing

#pragma once

#include "core/importing/cleaning/CleaningFinding.h"
#include "core/importing/cleaning/DateParser.h"
#include "core/importing/mapping/TargetField.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace luotsi::core::importing {

// One sheet row after mapping and before cleaning: the text of every mapped field as the file
// had it (cells turned into text, Name and its continuation joined, a combined address split),
// not yet repaired. The cleaner turns it into a CleanRecord.
struct RawRecord
{
    int row = 0; // the row number as Excel shows it
    // Texts per field, one per column that had a value, in column order. Fields that take
    // several columns (notes, phones) keep them all; empty cells leave nothing.
    QMap<TargetField, QStringList> values;
    // Which fields hold a column's value and which a mapping constant (never rewritten as
    // "repaired": the admin chose them).
    QMap<TargetField, bool> fromConstant;
    QMap<TargetField, DateOrder> dateOrders; // per date field, its column's day/month order
    // The row is a private person taken from the contact columns (Cirix: no organisation).
    bool personFromContact = false;
    CleaningFindings findings;

    // The field's texts joined by a space (or "; " for notes); empty when absent.
    QString text(TargetField field) const;
    QStringList texts(TargetField field) const { return values.value(field); }
    bool has(TargetField field) const { return !text(field).trimmed().isEmpty(); }
    void set(TargetField field, const QString& value);
    void remove(TargetField field);
    // No field has any text (a blank row, or one whose only values are in ignored columns).
    bool isEmpty() const;
};

} // namespace luotsi::core::importing

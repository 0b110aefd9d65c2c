#pragma once

#include "core/importing/mapping/TargetField.h"

#include <QList>
#include <QString>

namespace luotsi::core::importing {

// What the mapper or cleaner did to, or thinks of, one value of a row, for the wizard's preview
// and the import report: "Postal code: lost leading zero restored, 4400 → 04400".
struct CleaningFinding
{
    enum class Level
    {
        Fixed,    // the value was repaired; the result is trusted
        Warning,  // the value was dropped or is doubtful; the admin should look
        Rejected, // the whole row will not be imported (junk, no name)
    };

    TargetField field = TargetField::Ignore; // Ignore: about the row as a whole
    Level level = Level::Fixed;
    QString message; // translated, says what was done or what is wrong
    QString before;  // the value as the file had it
    QString after;   // the value as it will be stored; empty when dropped

    bool operator==(const CleaningFinding&) const = default;
};

using CleaningFindings = QList<CleaningFinding>;

} // namespace luotsi::core::importing

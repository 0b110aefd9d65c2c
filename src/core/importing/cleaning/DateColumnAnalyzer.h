#pragma once

#include "core/importing/cleaning/DateParser.h"

#include <QString>
#include <QStringList>

namespace luotsi::core::importing {

// Decides how a column writes its dates from all its values. A value such as "13.2.2007" can
// only be day-first; "2/13/2007" only month-first; "1.2.2007" reads both ways. A column whose
// every value reads both ways is Ambiguous: the admin is asked, the order is never guessed.
class DateColumnAnalyzer final
{
public:
    enum class Verdict
    {
        NotDates,      // fewer than 80 % of the values are dates
        DayFirst,      // at least one value only reads day-first, none only month-first
        MonthFirst,    // at least one value only reads month-first, none only day-first
        NoOrderNeeded, // ISO dates, date cells, Excel serials, or day equal to month
        Ambiguous,     // every day.month value fits both readings
        Conflicting,   // some values only read day-first, others only month-first
    };

    struct Analysis
    {
        Verdict verdict = Verdict::NotDates;
        int values = 0; // non-empty values
        int dates = 0;  // values that are dates in some reading
        int dayFirstOnly = 0;
        int monthFirstOnly = 0;
        int ambiguous = 0; // values that read as two different dates
        QString example;   // a value that decided the verdict, for the wizard's message

        // The order to store in the mapping: DayFirst / MonthFirst, else Unknown.
        DateOrder order() const;
        // Whether the admin must choose the order before the column can be imported.
        bool needsDecision() const
        {
            return verdict == Verdict::Ambiguous || verdict == Verdict::Conflicting;
        }
    };

    static Analysis analyze(const QStringList& values);
};

} // namespace luotsi::core::importing

#include "DateColumnAnalyzer.h"

namespace luotsi::core::importing {

DateOrder DateColumnAnalyzer::Analysis::order() const
{
    switch (verdict) {
    case Verdict::DayFirst:
        return DateOrder::DayFirst;
    case Verdict::MonthFirst:
        return DateOrder::MonthFirst;
    default:
        return DateOrder::Unknown;
    }
}

DateColumnAnalyzer::Analysis DateColumnAnalyzer::analyze(const QStringList& values)
{
    Analysis a;
    QString ambiguousExample;
    for (const QString& raw : values) {
        const QString value = raw.trimmed();
        if (value.isEmpty())
            continue;
        ++a.values;
        const QDate dayFirst = DateParser::parse(value, DateOrder::DayFirst).date;
        const QDate monthFirst = DateParser::parse(value, DateOrder::MonthFirst).date;
        if (!dayFirst.isValid() && !monthFirst.isValid())
            continue;
        ++a.dates;
        if (dayFirst.isValid() && monthFirst.isValid()) {
            if (dayFirst != monthFirst) {
                ++a.ambiguous;
                if (ambiguousExample.isEmpty())
                    ambiguousExample = value;
            }
        } else if (dayFirst.isValid()) {
            if (a.dayFirstOnly++ == 0 && a.monthFirstOnly == 0)
                a.example = value;
        } else {
            if (a.monthFirstOnly++ == 0 && a.dayFirstOnly == 0)
                a.example = value;
        }
    }
    if (a.values == 0 || a.dates * 5 < a.values * 4) {
        a.verdict = Verdict::NotDates;
        a.example.clear();
    } else if (a.dayFirstOnly > 0 && a.monthFirstOnly > 0) {
        a.verdict = Verdict::Conflicting;
    } else if (a.dayFirstOnly > 0) {
        a.verdict = Verdict::DayFirst;
    } else if (a.monthFirstOnly > 0) {
        a.verdict = Verdict::MonthFirst;
    } else if (a.ambiguous > 0) {
        a.verdict = Verdict::Ambiguous;
        a.example = ambiguousExample;
    } else {
        a.verdict = Verdict::NoOrderNeeded;
    }
    return a;
}

} // namespace luotsi::core::importing

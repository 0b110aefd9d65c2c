// STUB: to be replaced by the rules helper.
#include "RuleEvaluator.h"

#include "Segment.h"

namespace luotsi::core::segments {

RuleEvaluator::RuleEvaluator(QHash<QString, qint64> companyIds, const QDate& asOf)
    : m_companyIds(std::move(companyIds))
    , m_asOf(asOf)
{}

bool RuleEvaluator::holds(const Rule&, const CustomerFacts&) const
{
    return false;
}
QList<ExplanationLine> RuleEvaluator::explain(const Rule&, const CustomerFacts&) const
{
    return {};
}
qint64 RuleEvaluator::firstMatch(const QList<Segment>&, const CustomerFacts&) const
{
    return 0;
}

} // namespace luotsi::core::segments

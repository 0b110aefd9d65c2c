#pragma once

#include "CustomerFacts.h"
#include "Rule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace luotsi::core::segments {

struct Segment;

// One line of an explanation: a criterion or group, whether it held, and the customer's value.
struct ExplanationLine
{
    int depth = 0; // 0: the rule itself; nested groups indent
    QString text;  // "Myynti 12 kk ≥ 50 000 €: 12 300 €" (translated)
    bool held = false;
};

// Evaluates segment rules on a customer's facts, and explains why a rule held or not. One
// evaluator serves a whole run: company codes are resolved to ids once.
class RuleEvaluator final
{
public:
    // companyIds: group company code → id; asOf: the month the facts are for.
    RuleEvaluator(QHash<QString, qint64> companyIds, const QDate& asOf);

    bool holds(const Rule& rule, const CustomerFacts& facts) const;
    QList<ExplanationLine> explain(const Rule& rule, const CustomerFacts& facts) const;

    // The first active segment by priority whose rule holds; 0 when none does.
    qint64 firstMatch(const QList<Segment>& segmentsByPriority, const CustomerFacts& facts) const;

private:
    bool criterionHolds(const Criterion& criterion, const CustomerFacts& facts) const;
    void explainGroup(const Rule& rule, int depth, const CustomerFacts& facts,
                      QList<ExplanationLine>& lines) const;
    QString describe(const Criterion& criterion, const CustomerFacts& facts) const;

    QHash<QString, qint64> m_companyIds;
    QDate m_asOf;
};

} // namespace luotsi::core::segments

#include "CustomerFacts.h"

namespace luotsi::core::segments {

std::optional<int> CustomerFacts::monthsSincePurchase(const QDate& asOf) const
{
    if (!lastPurchaseMonth.isValid() || !asOf.isValid())
        return std::nullopt;
    return (asOf.year() - lastPurchaseMonth.year()) * 12 + asOf.month() - lastPurchaseMonth.month();
}

std::optional<double> CustomerFacts::trendPercent() const
{
    if (revenuePrevious12m <= 0)
        return std::nullopt;
    return (revenue12m / revenuePrevious12m - 1.0) * 100.0;
}

double CustomerFacts::companyRevenue(qint64 companyId) const
{
    for (const auto& [id, euros] : companyRevenue12m) {
        if (id == companyId)
            return euros;
    }
    return 0;
}

} // namespace luotsi::core::segments

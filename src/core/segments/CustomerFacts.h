#pragma once

#include "core/register/Customer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace luotsi::core::segments {

// One row of sales: a customer's purchases from one group company in one month.
struct SalesFact
{
    qint64 customerId = 0;
    qint64 companyId = 0;
    QDate month; // the first day of the month
    double revenue = 0;
    int orders = 0;

    bool operator==(const SalesFact&) const = default;
};

// What segment rules read about one customer, as of a month: its fields and the facts derived
// from its sales. The 12-month window is the as-of month and the eleven before it; the previous
// window the twelve before that.
struct CustomerFacts
{
    qint64 customerId = 0;
    QString name;
    CustomerKind kind = CustomerKind::Company;
    CustomerStatus status = CustomerStatus::Active;
    qint64 ownerId = 0;
    QString ownerLogin;
    QString city;
    QStringList tags;

    double revenue12m = 0;
    double revenuePrevious12m = 0;
    int orders12m = 0;
    int companies12m = 0;
    QList<std::pair<qint64, double>> companyRevenue12m; // (group company id, euros), bought only
    QDate lastPurchaseMonth;                            // invalid: never bought
    std::optional<double> potential;

    // Whole months from the last purchase month to asOf's month; empty when never bought.
    std::optional<int> monthsSincePurchase(const QDate& asOf) const;
    // (last 12 months / previous 12 months - 1) × 100; empty when the previous window sold nothing.
    std::optional<double> trendPercent() const;
    double companyRevenue(qint64 companyId) const;
};

} // namespace luotsi::core::segments

#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace luotsi::core::importing {

// Reads the values of a sales facts row as the group companies' systems and Finnish Excel
// write them. Each returns nothing, or a reason, rather than guessing.
class SalesFactValues final
{
public:
    struct Month
    {
        QDate month;   // the first day of the month; invalid when unreadable
        QString error; // translated: why not, naming the text
    };

    // The month of a row: monthText alone ("2026-11", "2026/11", "202611", "11/2026", "11.2026",
    // "marraskuu 2026", "marras 2026", "nov 2026", "November 2026", a date such as
    // "1.11.2026" or "2026-11-01", an Excel serial number), or a month number or name with a
    // year from yearText ("11" + "2026", "marraskuu" + "2026").
    static Month month(const QString& monthText, const QString& yearText);
    // The month of a name in Finnish, Swedish or English, whole or shortened ("marras",
    // "marraskuuta", "nov", "okt", "March"), or 0.
    static int monthOfName(const QString& word);
    // Euros in cents: "1 234,50", "1234.5", "1 234,50 €", "-12,5", and credit notes written
    // "12,50-" or "(12,50)".
    static std::optional<qint64> revenueCents(const QString& text);
    // A whole number of orders: "12", "12,0", "1 200", "-1"; empty is 0.
    static std::optional<int> orders(const QString& text);
};

} // namespace luotsi::core::importing

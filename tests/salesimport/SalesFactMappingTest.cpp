// The sales facts target's mapping: suggestions from Finnish, Swedish and English headers, what
// a mapping still lacks, and the profile JSON with target "sales".

#include "core/importing/SalesFactMapping.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;

namespace {

QList<TargetField> fieldsOf(const MappingSuggestion& suggestion)
{
    QList<TargetField> fields;
    for (const MappedColumn& column : suggestion.mapping.columns)
        fields.append(column.field);
    return fields;
}

} // namespace

TEST(SalesFactMapping, FinnishHeaders)
{
    const QStringList headers{QStringLiteral("Asiakasnumero"),
                              QStringLiteral("Y-tunnus"),
                              QStringLiteral("Yhtiö"),
                              QStringLiteral("Vuosi"),
                              QStringLiteral("Kk"),
                              QStringLiteral("Liikevaihto €"),
                              QStringLiteral("Tilaukset"),
                              QStringLiteral("Selite")};
    const QList<QStringList> rows{{QStringLiteral("1001"), QStringLiteral("0112038-9"),
                                   QStringLiteral("PAINO"), QStringLiteral("2026"),
                                   QStringLiteral("11"), QStringLiteral("1 234,50"),
                                   QStringLiteral("3"), QStringLiteral("x")}};
    const MappingSuggestion s = SalesFactMapping::suggest(headers, rows);
    EXPECT_EQ(s.mapping.target, ImportTarget::SalesFacts);
    EXPECT_EQ(fieldsOf(s), (QList<TargetField>{TargetField::SourceKey, TargetField::BusinessId,
                                               TargetField::GroupCompany, TargetField::SalesYear,
                                               TargetField::SalesMonth, TargetField::Revenue,
                                               TargetField::OrderCount, TargetField::Ignore}));
    EXPECT_TRUE(SalesFactMapping::looksLikeSales(headers));
}

TEST(SalesFactMapping, OtherWordsSwedishAndEnglish)
{
    const auto fieldOf = [](const char* header) {
        const MappingSuggestion s =
            SalesFactMapping::suggest(QStringList{QString::fromUtf8(header)}, {});
        return s.mapping.columns.value(0).field;
    };
    EXPECT_EQ(fieldOf("Myynti"), TargetField::Revenue);
    EXPECT_EQ(fieldOf("Summa"), TargetField::Revenue);
    EXPECT_EQ(fieldOf("Myynti 2026 (alv 0 %)"), TargetField::Revenue);
    EXPECT_EQ(fieldOf("Försäljning"), TargetField::Revenue);
    EXPECT_EQ(fieldOf("Net sales"), TargetField::Revenue);
    EXPECT_EQ(fieldOf("Kuukausi"), TargetField::SalesMonth);
    EXPECT_EQ(fieldOf("Laskutuskuukausi"), TargetField::SalesMonth);
    EXPECT_EQ(fieldOf("Månad"), TargetField::SalesMonth);
    EXPECT_EQ(fieldOf("Period"), TargetField::SalesMonth);
    EXPECT_EQ(fieldOf("År"), TargetField::SalesYear);
    EXPECT_EQ(fieldOf("Tilauksia"), TargetField::OrderCount);
    EXPECT_EQ(fieldOf("Tilausten lkm"), TargetField::OrderCount);
    EXPECT_EQ(fieldOf("Orders"), TargetField::OrderCount);
    EXPECT_EQ(fieldOf("Konserniyhtiö"), TargetField::GroupCompany);
    EXPECT_EQ(fieldOf("Bolag"), TargetField::GroupCompany);
    EXPECT_EQ(fieldOf("Asiakasnro"), TargetField::SourceKey);
    EXPECT_EQ(fieldOf("Kundnr"), TargetField::SourceKey);
    EXPECT_EQ(fieldOf("Asiakasnro yhtiössä"), TargetField::CustomerNumber);
    EXPECT_EQ(fieldOf("Luotsi-id"), TargetField::CustomerId);
    EXPECT_EQ(fieldOf("FO-nummer"), TargetField::BusinessId);
}

TEST(SalesFactMapping, ValuesHelpWhenHeadersDoNot)
{
    const QStringList headers{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    QList<QStringList> rows;
    for (int i = 0; i < 5; ++i)
        rows.append({QStringLiteral("0112038-9"), QStringLiteral("2026-0%1").arg(i + 1),
                     QStringLiteral("%1,50").arg(i * 100)});
    const MappingSuggestion s = SalesFactMapping::suggest(headers, rows);
    EXPECT_EQ(fieldsOf(s), (QList<TargetField>{TargetField::BusinessId, TargetField::SalesMonth,
                                               TargetField::Revenue}));
}

TEST(SalesFactMapping, OneColumnPerFieldAndARemarkForMonthsWithoutAYear)
{
    const QStringList headers{QStringLiteral("Asiakasnro"), QStringLiteral("Kk"),
                              QStringLiteral("Myynti"), QStringLiteral("Summa")};
    const QList<QStringList> rows{
        {QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("5"), QStringLiteral("5")}};
    const MappingSuggestion s = SalesFactMapping::suggest(headers, rows);
    EXPECT_EQ(s.mapping.columnsFor(TargetField::Revenue).size(), 1);
    EXPECT_EQ(s.mapping.columnsFor(TargetField::Revenue).value(0).column, 2);
    ASSERT_EQ(s.remarks.size(), 1);
    EXPECT_TRUE(s.remarks.first().contains(QStringLiteral("year")));
}

TEST(SalesFactMapping, CustomerFilesDoNotLookLikeSales)
{
    EXPECT_FALSE(SalesFactMapping::looksLikeSales(
        {QStringLiteral("Asiakasnro"), QStringLiteral("Nimi"), QStringLiteral("Y-tunnus"),
         QStringLiteral("Osoite"), QStringLiteral("Liikevaihto")}));
    EXPECT_TRUE(SalesFactMapping::looksLikeSales(
        {QStringLiteral("Asiakasnro"), QStringLiteral("Kuukausi"), QStringLiteral("Myynti")}));
}

TEST(SalesFactMapping, WhatAMappingLacks)
{
    ColumnMapping m;
    m.target = ImportTarget::SalesFacts;
    EXPECT_TRUE(SalesFactMapping::problem(m).contains(QStringLiteral("customer")));
    m.columns.append({0, QStringLiteral("Asiakasnro"), TargetField::SourceKey, {}});
    EXPECT_TRUE(SalesFactMapping::problem(m).contains(QStringLiteral("month")));
    m.columns.append({1, QStringLiteral("Kuukausi"), TargetField::SalesMonth, {}});
    EXPECT_TRUE(SalesFactMapping::problem(m).contains(QStringLiteral("revenue")));
    m.columns.append({2, QStringLiteral("Myynti"), TargetField::Revenue, {}});
    EXPECT_TRUE(SalesFactMapping::problem(m).contains(QStringLiteral("group company")));
    m.groupCompanyCode = QStringLiteral("PAINO");
    EXPECT_TRUE(SalesFactMapping::problem(m).isEmpty());
    m.groupCompanyCode.clear();
    m.columns.append({3, QStringLiteral("Yhtiö"), TargetField::GroupCompany, {}});
    EXPECT_TRUE(SalesFactMapping::problem(m).isEmpty());
}

TEST(SalesFactMapping, ProfilesKeepTheTargetAndTheFields)
{
    ColumnMapping m;
    m.profileName = QStringLiteral("Paino myynti");
    m.sourceSystem = QStringLiteral("Sonet");
    m.target = ImportTarget::SalesFacts;
    m.groupCompanyCode = QStringLiteral("PAINO");
    m.columns = {{0, QStringLiteral("Asiakasnro"), TargetField::SourceKey, {}},
                 {1, QStringLiteral("Luotsi"), TargetField::CustomerId, {}},
                 {2, QStringLiteral("Nro"), TargetField::CustomerNumber, {}},
                 {3, QStringLiteral("Yhtiö"), TargetField::GroupCompany, {}},
                 {4, QStringLiteral("Vuosi"), TargetField::SalesYear, {}},
                 {5, QStringLiteral("Kk"), TargetField::SalesMonth, {}},
                 {6, QStringLiteral("Myynti"), TargetField::Revenue, {}},
                 {7, QStringLiteral("Tilaukset"), TargetField::OrderCount, {}}};
    const QByteArray json = m.toJson();
    EXPECT_TRUE(json.contains("\"target\": \"sales\""));
    EXPECT_TRUE(json.contains("\"field\": \"order_count\""));
    const auto back = ColumnMapping::fromJson(json);
    ASSERT_TRUE(back) << back.error().text().toStdString();
    EXPECT_EQ(*back, m);
    EXPECT_FALSE(ColumnMapping::fromJson(QByteArray(json).replace("\"sales\"", "\"myynti\"")));
}

TEST(SalesFactMapping, EachTargetOffersItsOwnFields)
{
    const QList<TargetField> sales = SalesFactMapping::fieldsFor(ImportTarget::SalesFacts);
    const QList<TargetField> customers = SalesFactMapping::fieldsFor(ImportTarget::Customers);
    EXPECT_TRUE(sales.contains(TargetField::SalesMonth));
    EXPECT_TRUE(sales.contains(TargetField::SourceKey));
    EXPECT_FALSE(sales.contains(TargetField::Street));
    EXPECT_FALSE(customers.contains(TargetField::SalesMonth));
    EXPECT_FALSE(customers.contains(TargetField::CustomerNumber));
    EXPECT_TRUE(customers.contains(TargetField::Revenue));
}

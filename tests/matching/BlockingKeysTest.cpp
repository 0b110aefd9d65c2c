#include "core/matching/BlockingKeys.h"

#include <QElapsedTimer>
#include <QSet>

#include <gtest/gtest.h>

#include <cstdio>

using namespace luotsi::core::matching;
using luotsi::core::CustomerKind;

namespace {

MatchRecord record(const QString& name, const QString& city)
{
    MatchRecord r;
    r.name = name;
    r.city = city;
    return r;
}

QSet<QString> keySet(const MatchRecord& r)
{
    const QStringList keys = BlockingKeys::keyStrings(PreparedRecord::prepare(r));
    return QSet<QString>(keys.begin(), keys.end());
}

bool shareKey(const MatchRecord& a, const MatchRecord& b)
{
    return keySet(a).intersects(keySet(b));
}

} // namespace

TEST(BlockingKeys, StrongKeysFromIdentifiers)
{
    MatchRecord r = record(QStringLiteral("Lukko Lehtonen Oy"), QStringLiteral("Rauma"));
    r.businessId = QStringLiteral("0283030-7");
    r.phones = {QStringLiteral("+3582528209")};
    r.emails = {QStringLiteral("INFO@lukkolehtonen.fi")};
    const QList<BlockingKey> keys = BlockingKeys::keysFor(r);
    EXPECT_TRUE(keys.contains(BlockingKey{QStringLiteral("b:0283030-7"), true}));
    EXPECT_TRUE(keys.contains(BlockingKey{QStringLiteral("p:2528209"), true}));
    EXPECT_TRUE(keys.contains(BlockingKey{QStringLiteral("e:info@lukkolehtonen.fi"), true}));
    EXPECT_TRUE(keys.contains(BlockingKey{QStringLiteral("d:lukkolehtonen.fi"), false}));
    EXPECT_TRUE(keys.contains(BlockingKey{QStringLiteral("f:lehtonen lukko"), false}));
    for (const BlockingKey& key : keys)
        EXPECT_EQ(BlockingKeys::isStrong(key.key), key.strong) << qPrintable(key.key);
    // An invalid business ID and a provider's mail domain give no key.
    r.businessId = QStringLiteral("0283030-8");
    r.emails = {QStringLiteral("lukko@gmail.com")};
    const QStringList strings = BlockingKeys::keyStrings(PreparedRecord::prepare(r));
    EXPECT_FALSE(strings.contains(QStringLiteral("b:0283030-8")));
    EXPECT_FALSE(strings.contains(QStringLiteral("d:gmail.com")));
    EXPECT_LE(strings.size(), 16);
}

TEST(BlockingKeys, NameKeysSurviveTheNoiseOfTheFiles)
{
    const MatchRecord base =
        record(QStringLiteral("Rakennusliike Virtanen Oy"), QStringLiteral("Kotka"));
    // One typo, the legal form moved, capitals, the name split mid-word, a Swedish town name.
    EXPECT_TRUE(shareKey(
        base, record(QStringLiteral("Rakennusliike Virtnaen Oy"), QStringLiteral("Kotka"))));
    EXPECT_TRUE(shareKey(
        base, record(QStringLiteral("Rakenusliike Virtanen Oy"), QStringLiteral("Kotka"))));
    EXPECT_TRUE(shareKey(
        base, record(QStringLiteral("OY RAKENNUSLIIKE VIRTANEN"), QStringLiteral("KOTKA"))));
    EXPECT_TRUE(shareKey(
        base, record(QStringLiteral("Rakennusliike Virta nen Oy"), QStringLiteral("Kotka"))));
    EXPECT_TRUE(shareKey(record(QStringLiteral("Bageri Sjöberg Ab"), QStringLiteral("Helsingfors")),
                         record(QStringLiteral("Bageri Sjöberg Ab"), QStringLiteral("Helsinki"))));
    // Swapped names of a private person; a typo in a generic word of a parish's name.
    MatchRecord sami = record(QStringLiteral("Sami Tuominen"), QStringLiteral("Tuusula"));
    sami.kind = CustomerKind::Person;
    MatchRecord swapped = sami;
    swapped.name = QStringLiteral("Tuominen Sammi");
    EXPECT_TRUE(shareKey(sami, swapped));
    EXPECT_TRUE(shareKey(record(QStringLiteral("Kallion seurakunta"), QStringLiteral("Helsinki")),
                         record(QStringLiteral("Kallion seurakutna"), QStringLiteral("Helsinki"))));
    // A row without a town still meets the same name elsewhere through the whole-name key.
    EXPECT_TRUE(shareKey(base, record(QStringLiteral("Virtanen Rakennusliike"), QString())));
}

TEST(BlockingKeys, NameKeysAreTiedToTheMunicipality)
{
    // Name keys of different towns differ, so a town's block stays small; only the whole-name
    // key is national.
    const QSet<QString> kotka =
        keySet(record(QStringLiteral("Rakennusliike Virtanen Oy"), QStringLiteral("Kotka")));
    const QSet<QString> turku =
        keySet(record(QStringLiteral("Rakennusliike Virtanen Oy"), QStringLiteral("Turku")));
    const QSet<QString> shared = QSet<QString>(kotka).intersect(turku);
    EXPECT_EQ(shared, QSet<QString>{QStringLiteral("f:rakennusliike virtanen")});
    EXPECT_FALSE(
        shareKey(record(QStringLiteral("Rakennusliike Virtanen Oy"), QStringLiteral("Kotka")),
                 record(QStringLiteral("Kahvila Ahonen Oy"), QStringLiteral("Kotka"))));
}

TEST(BlockingKeys, FastEnoughForAMillionCustomers)
{
    QList<MatchRecord> records;
    for (int i = 0; i < 20000; ++i) {
        MatchRecord r =
            record(QStringLiteral("Rakennusliike Virtanen %1 Oy").arg(i), QStringLiteral("Kotka"));
        r.businessId = QStringLiteral("0283030-7");
        r.street = QStringLiteral("Kauppakatu %1").arg(i % 90);
        r.postalCode = QStringLiteral("48100");
        r.phones = {QStringLiteral("+3585%1").arg(1000000 + i)};
        r.emails = {QStringLiteral("info%1@virtanen.fi").arg(i)};
        records.append(r);
    }
    QElapsedTimer timer;
    timer.start();
    qsizetype total = 0;
    for (const MatchRecord& r : std::as_const(records))
        total += BlockingKeys::keysFor(r).size();
    const double microseconds = timer.nsecsElapsed() / 1000.0 / records.size();
    std::printf("[ figures  ] prepare + keysFor: %.1f µs per record, %.1f keys per record\n",
                microseconds, double(total) / records.size());
    // A million records in well under a minute on one core, with room for slow CI machines.
    EXPECT_LT(microseconds, 60.0);
}

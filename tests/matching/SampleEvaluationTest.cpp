// The matching engine on the conversion sample: the true entities of
// ../shared/data/conversion/entities.csv plus noisy copies made with the README's noise kinds,
// matched through MatchIndex the way an import matches rows against earlier rows.

#include "SampleNoise.h"
#include "support/TestSupport.h"

#include "core/matching/BlockingKeys.h"
#include "core/matching/MatchIndex.h"
#include "core/register/BusinessId.h"
#include "core/register/PhoneNumber.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <utility>

using namespace luotsi::core::matching;
using luotsi::test::SampleEntity;

namespace {

struct Row
{
    qsizetype entity = 0; // index into the entity list
    MatchRecord record;
    QStringList noise;
};

qint64 pairs(qint64 n)
{
    return n * (n - 1) / 2;
}

class SampleEvaluation : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString shared = luotsi::test::sharedDir();
        if (shared.isEmpty())
            GTEST_SKIP() << "../shared is absent: no conversion sample to evaluate on";
        QString error;
        m_entities = luotsi::test::readSampleEntities(
            shared + QStringLiteral("/data/conversion/entities.csv"), &error);
        ASSERT_FALSE(m_entities.isEmpty()) << qPrintable(error);
        ASSERT_EQ(m_entities.size(), 2000);

        // The original and one or two noisy copies of every entity, in a shuffled order.
        // Three times the README's noise rates: every copy is harder than an average file row.
        const double severity = qEnvironmentVariableIsSet("LUOTSI_MATCH_NOISE")
                                    ? qEnvironmentVariable("LUOTSI_MATCH_NOISE").toDouble()
                                    : 3.0;
        luotsi::test::SampleNoise noise(m_entities, 2007, severity);
        std::mt19937 random(4242);
        for (qsizetype e = 0; e < m_entities.size(); ++e) {
            m_rows.append({e, m_entities.at(e).record, {}});
            const int copies = 1 + int(random() % 2);
            for (int c = 0; c < copies; ++c) {
                Row row{e, {}, {}};
                row.record = noise.noisyCopy(m_entities.at(e), &row.noise);
                m_rows.append(row);
            }
        }
        std::shuffle(m_rows.begin(), m_rows.end(), random);
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_rows[i].record.id = i; // a row id, as an import gives them
    }

    // The first few misses of each kind, to see what the engine gets wrong.
    void report(const QString& what, qsizetype a, qsizetype b, const MatchIndex& index)
    {
        if (++m_reported[what] > 8)
            return;
        const Row& x = m_rows.at(a);
        const Row& y = m_rows.at(b);
        const MatchScore score = index.scorer().score(x.record, y.record);
        std::printf("[ miss     ] %s: \"%s\" %s [%s] / \"%s\" %s [%s]: %.3f %s\n", qPrintable(what),
                    qPrintable(x.record.name), qPrintable(x.record.city),
                    qPrintable(x.noise.join(u',')), qPrintable(y.record.name),
                    qPrintable(y.record.city), qPrintable(y.noise.join(u',')), score.score,
                    qPrintable(score.explanation()));
    }

    QList<SampleEntity> m_entities;
    QList<Row> m_rows;
    QHash<QString, int> m_reported;
};

} // namespace

TEST_F(SampleEvaluation, PrecisionRecallAndBlockingOnNoisyCopies)
{
    QElapsedTimer timer;
    timer.start();
    MatchIndex index;
    const double sameAbove = index.scorer().settings().sameAbove;

    // Each row joins the cluster of its best earlier match, as an import does within a file.
    QList<qsizetype> cluster(m_rows.size());
    qint64 candidatesSeen = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const PreparedRecord prepared = PreparedRecord::prepare(m_rows.at(i).record);
        candidatesSeen += index.candidates(m_rows.at(i).record).size();
        const auto best = index.best(prepared, sameAbove);
        cluster[i] = best ? cluster[qsizetype(best->id)] : i;
        index.add(prepared);
    }
    const qint64 matchMs = timer.elapsed();

    // Pairwise precision and recall.
    QHash<qsizetype, QList<qsizetype>> members;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        members[cluster.at(i)].append(i);
    qint64 predicted = 0, truePositive = 0, lookalikeMerges = 0;
    for (const QList<qsizetype>& rows : std::as_const(members)) {
        predicted += pairs(rows.size());
        QHash<qsizetype, qint64> perEntity;
        QHash<QString, QSet<qsizetype>> perGroup;
        for (const qsizetype row : rows) {
            const qsizetype entity = m_rows.at(row).entity;
            ++perEntity[entity];
            const QString& group = m_entities.at(entity).lookalikeGroup;
            if (!group.isEmpty())
                perGroup[group].insert(entity);
        }
        for (const qint64 n : std::as_const(perEntity))
            truePositive += pairs(n);
        for (const auto& entities : std::as_const(perGroup))
            lookalikeMerges += entities.size() > 1 ? 1 : 0;
    }
    QHash<qsizetype, QList<qsizetype>> byEntity;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        byEntity[m_rows.at(i).entity].append(i);
    qint64 truePairs = 0;
    for (const QList<qsizetype>& rows : std::as_const(byEntity)) {
        truePairs += pairs(rows.size());
        for (qsizetype a = 1; a < rows.size(); ++a) {
            if (cluster.at(rows.at(a)) != cluster.at(rows.at(0)))
                report(QStringLiteral("not merged"), rows.at(0), rows.at(a), index);
        }
    }
    for (const QList<qsizetype>& rows : std::as_const(members)) {
        for (qsizetype a = 1; a < rows.size(); ++a) {
            if (m_rows.at(rows.at(a)).entity != m_rows.at(rows.at(0)).entity)
                report(QStringLiteral("wrong merge"), rows.at(0), rows.at(a), index);
        }
    }

    // Blocking recall: every true pair must share at least one key.
    QList<QSet<QString>> keys;
    QHash<QString, int> blockSizes;
    qint64 keyCount = 0;
    for (const Row& row : std::as_const(m_rows)) {
        const QStringList strings = BlockingKeys::keyStrings(PreparedRecord::prepare(row.record));
        keyCount += strings.size();
        for (const QString& key : strings)
            ++blockSizes[key];
        keys.append(QSet<QString>(strings.begin(), strings.end()));
    }
    qint64 blockedPairs = 0;
    for (const QList<qsizetype>& rows : std::as_const(byEntity)) {
        for (qsizetype a = 0; a < rows.size(); ++a) {
            for (qsizetype b = a + 1; b < rows.size(); ++b) {
                if (keys.at(rows.at(a)).intersects(keys.at(rows.at(b))))
                    ++blockedPairs;
                else
                    report(QStringLiteral("no shared key"), rows.at(a), rows.at(b), index);
            }
        }
    }
    const int largestBlock =
        blockSizes.isEmpty() ? 0 : *std::max_element(blockSizes.cbegin(), blockSizes.cend());

    const double precision = predicted ? double(truePositive) / predicted : 1.0;
    const double recall = truePairs ? double(truePositive) / truePairs : 1.0;
    const double blockingRecall = truePairs ? double(blockedPairs) / truePairs : 1.0;
    std::printf("[ figures  ] %lld records of %lld entities, %lld true pairs\n",
                qlonglong(m_rows.size()), qlonglong(m_entities.size()), qlonglong(truePairs));
    std::printf("[ figures  ] pairwise precision %.4f, recall %.4f, F1 %.4f "
                "(%lld predicted pairs, %lld correct)\n",
                precision, recall, 2 * precision * recall / (precision + recall),
                qlonglong(predicted), qlonglong(truePositive));
    std::printf("[ figures  ] look-alike groups merged: %lld\n", qlonglong(lookalikeMerges));
    std::printf("[ figures  ] blocking recall %.4f, %.1f keys per record, largest block %d, "
                "%.1f candidates per lookup\n",
                blockingRecall, double(keyCount) / m_rows.size(), largestBlock,
                double(candidatesSeen) / m_rows.size());
    std::printf("[ figures  ] matching %lld ms\n", qlonglong(matchMs));

    EXPECT_GE(precision, 0.98);
    EXPECT_GE(recall, 0.95);
    EXPECT_EQ(lookalikeMerges, 0);
    EXPECT_GE(blockingRecall, 0.99);
}

namespace {

// The records of a ";"-separated file with quoted fields that may hold line breaks.
QList<QStringList> readSemicolonCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field.append(text.at(++i));
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field.append(c);
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            fields.append(std::exchange(field, QString()));
        } else if (c == QLatin1Char('\n')) {
            fields.append(std::exchange(field, QString()));
            records.append(std::exchange(fields, QStringList()));
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        fields.append(field);
        records.append(fields);
    }
    return records;
}

} // namespace

// Real rows, not generated noise: the subscriber CSV's rows, with the little cleaning an import
// does (split the Osoite cell, phone to E.164, business ID check), must find their entity among
// the true entities and never a wrong one.
TEST_F(SampleEvaluation, SubscriberCsvRowsFindTheirEntities)
{
    const QString dir = luotsi::test::sharedDir() + QStringLiteral("/data/conversion/");
    QFile truthFile(dir + QStringLiteral("truth.csv"));
    QFile csvFile(dir + QStringLiteral("source1_tilaajat.csv"));
    ASSERT_TRUE(truthFile.open(QIODevice::ReadOnly));
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    QHash<QString, QString> entityOfKey;
    for (const QByteArray& line : truthFile.readAll().split('\n')) {
        const QStringList f = QString::fromUtf8(line).split(QLatin1Char(','));
        if (f.size() >= 6 && f.at(0) == QLatin1String("source1_tilaajat.csv"))
            entityOfKey.insert(f.at(5), f.at(3));
    }
    QHash<QString, qsizetype> entityIndex;
    MatchIndex index;
    for (qsizetype e = 0; e < m_entities.size(); ++e) {
        entityIndex.insert(m_entities.at(e).entityId, e);
        MatchRecord record = m_entities.at(e).record;
        record.id = e;
        index.add(record);
    }

    // Windows-1252 read as Latin-1: the letters of Finnish names are the same in both.
    const QList<QStringList> records = readSemicolonCsv(QString::fromLatin1(csvFile.readAll()));
    static const QRegularExpression address(QStringLiteral("^(.*?)[,\\s]*(\\d{5})\\s+(\\D+)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    int rows = 0, right = 0, wrong = 0, unmatched = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList& f = records.at(i);
        if (f.size() < 12 || !entityIndex.contains(entityOfKey.value(f.at(0))))
            continue; // junk rows have no entity
        const qsizetype truth = entityIndex.value(entityOfKey.value(f.at(0)));
        MatchRecord row;
        row.name = f.at(1);
        const QStringList words = row.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 2 && NameNormalizer::normalize(row.name).legalForm == LegalForm::None)
            row.kind = luotsi::core::CustomerKind::Person; // "Sukunimi Etunimi"
        if (const auto m = address.match(f.at(3).trimmed()); m.hasMatch()) {
            row.street = m.captured(1);
            row.postalCode = m.captured(2);
            row.city = m.captured(3).trimmed();
        }
        if (!f.at(4).trimmed().isEmpty())
            row.phones = {luotsi::core::PhoneNumber::toE164(f.at(4)).value_or(f.at(4))};
        if (!f.at(5).trimmed().isEmpty())
            row.emails = {f.at(5)};
        row.businessId = luotsi::core::BusinessId::normalized(f.at(6)).value_or(QString());
        row.contactName = f.at(10);
        ++rows;
        const auto best = index.best(row, index.scorer().settings().sameAbove);
        if (!best) {
            ++unmatched;
        } else if (best->id == truth) {
            ++right;
            continue;
        } else {
            ++wrong;
        }
        if (++m_reported[QStringLiteral("csv")] <= 8) {
            const MatchScore score = index.scorer().score(row, m_entities.at(truth).record);
            std::printf("[ miss     ] csv row \"%s\" %s → %s: %.3f %s\n", qPrintable(row.name),
                        qPrintable(row.city),
                        best ? qPrintable(m_entities.at(best->id).record.name) : "nothing",
                        score.score, qPrintable(score.explanation()));
        }
    }
    std::printf("[ figures  ] subscriber CSV: %d rows, %d matched their entity, %d a wrong one, "
                "%d none\n",
                rows, right, wrong, unmatched);
    EXPECT_EQ(rows, 719); // 706 records, 9 repeats, 4 exact duplicates
    EXPECT_EQ(wrong, 0);
    EXPECT_GE(right, rows * 0.95);
}

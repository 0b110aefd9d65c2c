#pragma once

#include "core/matching/MatchRecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace luotsi::test {

// One true entity of ../shared/data/conversion/entities.csv as a MatchRecord.
struct SampleEntity
{
    QString entityId;
    QString type; // company, parish, parish_union, association, person
    QString lookalikeGroup;
    core::matching::MatchRecord record;
};

// Reads entities.csv; an empty list and the reason in *error when it cannot.
QList<SampleEntity> readSampleEntities(const QString& path, QString* error);

// Makes noisy copies of entities with the noise kinds of the conversion sample's README, applied
// programmatically and reproducibly (fixed seed): case, whitespace, typos, abbreviations,
// stripped diacritics, missing business ID / phone / e-mail, swapped names, stale address, PO
// box, other phone, other contact, legal form moved, Swedish municipality name, phone format.
class SampleNoise
{
public:
    // severity: how many times the README's rate of each noise kind a copy gets (at most 50 %).
    SampleNoise(const QList<SampleEntity>& entities, quint32 seed, double severity = 3.0);

    // A copy of the entity's record with a few noise kinds; their names go to *kinds.
    core::matching::MatchRecord noisyCopy(const SampleEntity& entity, QStringList* kinds);

    // Single noise kinds, public for tests that want one on its own.
    QString typo(const QString& text);
    static QString stripDiacritics(const QString& text);
    QString abbreviate(const QString& name);
    QString changeCase(const QString& name);

private:
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    QString randomPhone();
    QString nationalFormat(const QString& e164);

    std::mt19937 m_random;
    double m_severity;
    QHash<QString, QList<QPair<QString, QString>>> m_addressesByCity; // city → (street, code)
    QHash<QString, QString> m_swedishNames; // "Helsinki" → "Helsingfors"
    QStringList m_firstNames;
    QStringList m_lastNames;
};

} // namespace luotsi::test

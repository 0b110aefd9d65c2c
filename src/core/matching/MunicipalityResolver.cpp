#include "MunicipalityResolver.h"

#include "TextFolding.h"
#include "core/register/PostalCodeTable.h"

#include <QStringList>

namespace luotsi::core::matching {

const MunicipalityResolver& MunicipalityResolver::builtIn()
{
    static const MunicipalityResolver resolver(PostalCodeTable::builtIn());
    return resolver;
}

MunicipalityResolver::MunicipalityResolver(const PostalCodeTable& table)
{
    // Municipality names first, in both languages; post-office names only where they are not
    // a municipality's name ("Hollola kk", "Toivala").
    for (const PostalCodeEntry& entry : table.entries()) {
        if (entry.municipality.isEmpty())
            continue;
        const QString municipality = cityKey(entry.municipality);
        m_byName.insert(municipality, municipality);
        if (!entry.municipalitySv.isEmpty())
            m_byName.insert(cityKey(entry.municipalitySv), municipality);
        m_byCode.insert(entry.code, municipality);
    }
    QHash<QString, QHash<QString, int>> votes;
    for (const PostalCodeEntry& entry : table.entries()) {
        if (entry.municipality.isEmpty())
            continue;
        const QString municipality = cityKey(entry.municipality);
        for (const QString& office : {entry.postOffice, entry.postOfficeSv}) {
            const QString key = cityKey(office);
            if (!key.isEmpty() && !m_byName.contains(key))
                m_byName.insert(key, municipality);
        }
        if (entry.type == PostalCodeEntry::Type::Street)
            ++votes[entry.code.left(3)][municipality];
    }
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        QString best;
        int bestVotes = 0;
        for (auto vote = it->cbegin(); vote != it->cend(); ++vote) {
            // Ties go to the alphabetically first name so that the table is deterministic.
            if (vote.value() > bestVotes || (vote.value() == bestVotes && vote.key() < best)) {
                best = vote.key();
                bestVotes = vote.value();
            }
        }
        m_byPrefix.insert(it.key(), best);
    }
}

QString MunicipalityResolver::cityKey(QStringView city)
{
    QStringList words = TextFolding::words(city);
    words.removeIf([](const QString& word) { return word.front().isDigit(); });
    return words.join(QLatin1Char(' '));
}

QString MunicipalityResolver::fromCity(QStringView city) const
{
    const QString key = cityKey(city);
    return m_byName.value(key, key);
}

bool MunicipalityResolver::knowsCity(QStringView city) const
{
    return m_byName.contains(cityKey(city));
}

QString MunicipalityResolver::fromPostalCode(QStringView postalCode) const
{
    const QString code = postalCode.trimmed().toString();
    if (code.size() != 5)
        return {};
    const auto exact = m_byCode.constFind(code);
    if (exact != m_byCode.constEnd())
        return *exact;
    return m_byPrefix.value(code.left(3));
}

} // namespace luotsi::core::matching

#pragma once

#include <QHash>
#include <QString>

namespace luotsi::core {
class PostalCodeTable;
}

namespace luotsi::core::matching {

// The municipality a row is in, as one folded Finnish name ("helsinki", "porvoo"), whichever
// way the file wrote it: Swedish names of bilingual municipalities ("Helsingfors", "Borgå"),
// post-office names ("Toivala" → "siilinjarvi"), capitals, or only a postal code. Stale
// addresses keep their municipality, so this is what place agreement is measured on.
class MunicipalityResolver final
{
public:
    // Built from the postal code table built into the core; read once, thread-safe.
    static const MunicipalityResolver& builtIn();
    explicit MunicipalityResolver(const PostalCodeTable& table);

    // The municipality of a city text: its Finnish name folded; the folded text itself when the
    // table does not know it (a foreign or misspelled place); empty for an empty text.
    QString fromCity(QStringView city) const;
    // Whether fromCity would find the text in the table.
    bool knowsCity(QStringView city) const;
    // The municipality of a postal code: the code's own, else the one most codes of its first
    // three digits belong to (street codes of the sample are plausible, not all real); empty
    // when nothing is known.
    QString fromPostalCode(QStringView postalCode) const;
    // The key fromCity looks names up with: folded words without digits, space separated.
    static QString cityKey(QStringView city);

private:
    QHash<QString, QString> m_byName;   // cityKey → folded Finnish municipality
    QHash<QString, QString> m_byCode;   // "00100" → "helsinki"
    QHash<QString, QString> m_byPrefix; // "001" → "helsinki"
};

} // namespace luotsi::core::matching

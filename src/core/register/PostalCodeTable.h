#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace luotsi::core {

// One Finnish postal code as Posti publishes it (resources/data/postcodes.csv).
struct PostalCodeEntry
{
    // What a code is for; the values are Posti's type codes, read from the post-office names
    // the file gives them (see resources/data/README.md).
    enum class Type
    {
        Street = 1,       // ordinary street addresses
        PoBox = 2,        // PL / postilokero
        Corporate = 3,    // a large receiver's own code
        Special = 4,      // one code in the 2026 file
        ReplyMail = 5,    // vastauslähetys
        ParcelLocker = 6, // pakettiautomaatti
        PickupPoint = 7,  // noutopiste
        Other = 0,
    };
    enum class MunicipalLanguage
    {
        Finnish,
        Bilingual,
        Swedish
    };

    QString code;         // five digits, "00100"
    QString postOffice;   // Finnish post-office name, title case: "Helsinki", "Hollola kk"
    QString postOfficeSv; // Swedish post-office name, title case: "Helsingfors"
    Type type = Type::Other;
    QString regionCode; // "FI1B1"
    QString region;     // Finnish region name: "Helsinki-Uusimaa"
    QString municipalityCode;
    QString municipality;   // Finnish: "Vantaa"
    QString municipalitySv; // Swedish: "Vanda"
    MunicipalLanguage language = MunicipalLanguage::Finnish;
};

// Finnish postal codes with their post offices and municipalities, for postal code ↔ city checks,
// completion and generated addresses.
class PostalCodeTable final
{
public:
    PostalCodeTable() = default;

    // The table built into the core (:/data/postcodes.csv), read once; empty if the resource
    // is missing or unreadable (logged).
    static const PostalCodeTable& builtIn();
    // Reads Posti's flattened file: ";"-separated UTF-8 with the header row of postcodes.csv.
    static Result<PostalCodeTable> fromFile(const QString& path);
    static Result<PostalCodeTable> fromCsv(const QByteArray& csv, const QString& where);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<PostalCodeEntry>& entries() const { return m_entries; }
    // The entry of a five-digit code, or null.
    const PostalCodeEntry* find(const QString& code) const;

    // "HELSINKI" → "Helsinki", "MÄNTTÄ-VILPPULA" → "Mänttä-Vilppula", "HOLLOLA KK" → "Hollola kk".
    static QString titleCase(const QString& upper);

private:
    QList<PostalCodeEntry> m_entries;
    QHash<QString, qsizetype> m_byCode;
};

} // namespace luotsi::core

#include "PostalCodeTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPostalCodes, "luotsi.register.postalcodes", QtWarningMsg)

namespace luotsi::core {

namespace {

// User-visible texts of this file, in the "PostalCodeTable" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(PostalCodeTable)
};

// The columns of postcodes.csv that the table reads.
enum Column
{
    Code = 0,
    PostOffice = 1,
    PostOfficeSv = 2,
    TypeCode = 5,
    RegionCode = 6,
    Region = 7,
    MunicipalityCode = 9,
    Municipality = 10,
    MunicipalitySv = 11,
    LanguageRatio = 12,
    ColumnCount = 15,
};

PostalCodeEntry::Type typeOf(int code)
{
    using Type = PostalCodeEntry::Type;
    return code >= 1 && code <= 7 ? Type(code) : Type::Other;
}

// Posti's language ratio: 1 Finnish, 2 and 3 bilingual (Finnish or Swedish majority), 4 Swedish.
PostalCodeEntry::MunicipalLanguage languageOf(int code)
{
    using Language = PostalCodeEntry::MunicipalLanguage;
    if (code == 4)
        return Language::Swedish;
    return code == 2 || code == 3 ? Language::Bilingual : Language::Finnish;
}

} // namespace

const PostalCodeTable& PostalCodeTable::builtIn()
{
    static const PostalCodeTable table = [] {
        auto loaded = fromFile(QStringLiteral(":/data/postcodes.csv"));
        if (!loaded) {
            qCWarning(lcPostalCodes)
                << "built-in postal codes unavailable:" << loaded.error().text();
            return PostalCodeTable();
        }
        return std::move(loaded).value();
    }();
    return table;
}

Result<PostalCodeTable> PostalCodeTable::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Texts::tr("Cannot read the postal code file: %1").arg(file.errorString()),
                     path};
    return fromCsv(file.readAll(), path);
}

Result<PostalCodeTable> PostalCodeTable::fromCsv(const QByteArray& csv, const QString& where)
{
    PostalCodeTable table;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype row = 1; row < lines.size(); ++row) {
        const QByteArray line = lines.at(row).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char(';'));
        const QString rowWhere = QStringLiteral("%1:%2").arg(where).arg(row + 1);
        if (fields.size() < ColumnCount)
            return Error{
                Texts::tr("Expected %1 columns, found %2.").arg(ColumnCount).arg(fields.size()),
                rowWhere};
        PostalCodeEntry entry;
        entry.code = fields.at(Code);
        if (entry.code.size() != 5 || table.m_byCode.contains(entry.code))
            return Error{Texts::tr("\"%1\" is not a new five-digit postal code.").arg(entry.code),
                         rowWhere};
        entry.postOffice = titleCase(fields.at(PostOffice));
        entry.postOfficeSv = titleCase(fields.at(PostOfficeSv));
        entry.type = typeOf(fields.at(TypeCode).toInt());
        entry.regionCode = fields.at(RegionCode);
        entry.region = fields.at(Region);
        entry.municipalityCode = fields.at(MunicipalityCode);
        entry.municipality = fields.at(Municipality);
        entry.municipalitySv = fields.at(MunicipalitySv);
        entry.language = languageOf(fields.at(LanguageRatio).toInt());
        table.m_byCode.insert(entry.code, table.m_entries.size());
        table.m_entries.append(std::move(entry));
    }
    if (table.m_entries.isEmpty())
        return Error{Texts::tr("The postal code file has no rows."), where};
    return table;
}

const PostalCodeEntry* PostalCodeTable::find(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_entries.at(*it);
}

QString PostalCodeTable::titleCase(const QString& upper)
{
    QStringList words = upper.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& word : words) {
        // Posti's abbreviations: kirkonkylä (church village) and asema (station) stay lower case.
        if (word == QLatin1String("kk") || word == QLatin1String("as"))
            continue;
        bool wordStart = true;
        for (QChar& c : word) {
            if (wordStart)
                c = c.toUpper();
            wordStart = c == QLatin1Char('-');
        }
    }
    return words.join(QLatin1Char(' '));
}

} // namespace luotsi::core

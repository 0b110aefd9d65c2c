#include "SalesFactMapping.h"

#include "core/importing/MappingAdvisor.h"
#include "core/importing/SalesFactValues.h"
#include "core/importing/mapping/HeaderVocabulary.h"
#include "core/importing/mapping/RecordMapper.h"
#include "core/register/BusinessId.h"

#include <QCoreApplication>

#include <algorithm>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactMapping)
};

using F = TargetField;

struct Words
{
    F field;
    QList<QStringView> exact; // compact headers (HeaderVocabulary::compact)
    QList<QStringView> parts; // found anywhere in a longer header
};

// clang-format off
const QList<Words>& vocabulary()
{
    static const QList<Words> words{
        {F::CustomerId, {u"luotsiid", u"luotsinro", u"luotsinumero", u"luotsiasiakasnro",
                         u"luotsiasiakasnumero", u"crmid", u"crmnro", u"crmnumero"},
                        {u"luotsi"}},
        {F::CustomerNumber, {u"yhtionasiakasnro", u"yhtionasiakasnumero", u"asiakasnroyhtiossa",
                             u"asiakasnumeroyhtiossa", u"companycustomerno",
                             u"companycustomernumber"}, {}},
        {F::SourceKey, {u"asiakasnro", u"asiakasnumero", u"asnro", u"asiakastunnus", u"asiakasid",
                        u"asiakaskoodi", u"asiakas", u"tilaajanro", u"tilaajanumero", u"custno",
                        u"custnr", u"customerno", u"customernumber", u"customerid", u"customer",
                        u"custid", u"kundnr", u"kundnummer", u"kundid", u"kund", u"id", u"key",
                        u"avain", u"sourcekey"},
                       {u"asiakasnro", u"asiakasnum", u"custno", u"kundnr"}},
        {F::BusinessId, {u"ytunnus", u"ytun", u"yt", u"businessid", u"vat", u"vatnumber",
                         u"fonummer", u"orgnr", u"organisationsnummer", u"yritystunnus",
                         u"alvnumero", u"alvnro"},
                        {u"ytunnus"}},
        {F::GroupCompany, {u"yhtio", u"yhtiokoodi", u"yhtionkoodi", u"yhtionnimi",
                           u"konserniyhtio", u"myyjayhtio", u"myyvayhtio", u"company",
                           u"companycode", u"groupcompany", u"bolag", u"koncernbolag",
                           u"liiketoiminta", u"liiketoimintaalue", u"businessarea",
                           u"tulosyksikko", u"yksikko"},
                          {u"yhtio", u"bolag"}},
        {F::SalesMonth, {u"kuukausi", u"kk", u"kausi", u"jakso", u"ajanjakso", u"laskutuskuukausi",
                         u"laskutuskausi", u"myyntikuukausi", u"vuosikk", u"vuosikuukausi",
                         u"kkvuosi", u"month", u"period", u"yearmonth", u"manad", u"period",
                         u"pvm", u"paivamaara", u"laskupvm", u"date", u"datum"},
                        {u"kuukausi", u"month", u"manad"}},
        {F::SalesYear, {u"vuosi", u"vuosiluku", u"vv", u"year", u"ar"}, {u"vuosi", u"year"}},
        {F::Revenue, {u"myynti", u"myynnit", u"liikevaihto", u"summa", u"euroa", u"eur", u"euro",
                      u"myyntieur", u"myyntieuroa", u"nettomyynti", u"veroton", u"verotonsumma",
                      u"laskutus", u"laskutettu", u"laskutussumma", u"arvo", u"myyntiarvo",
                      u"yhteensa", u"revenue", u"sales", u"netsales", u"amount", u"total",
                      u"turnover", u"forsaljning", u"omsattning", u"belopp"},
                     {u"myynti", u"liikevaihto", u"summa", u"laskutus", u"revenue", u"sales",
                      u"amount", u"belopp"}},
        {F::OrderCount, {u"tilaukset", u"tilauksia", u"tilausmaara", u"tilauslkm",
                         u"tilaustenmaara", u"tilaustenlkm", u"lkm", u"kpl", u"laskut",
                         u"laskuja", u"laskujenlkm", u"orders", u"ordercount", u"numberoforders",
                         u"invoices", u"bestallningar", u"ordrar", u"antal"},
                        {u"tilauks", u"tilausm", u"tilausl", u"orders", u"ordrar"}},
    };
    return words;
}
// clang-format on

struct Guess
{
    F field = F::Ignore;
    double confidence = 0.0;
    QString reason;
};

Guess fromHeader(const QString& header)
{
    const QString key = HeaderVocabulary::compact(header);
    if (key.isEmpty())
        return {};
    for (const Words& w : vocabulary()) {
        if (w.exact.contains(QStringView(key)))
            return {w.field, 0.95, Texts::tr("header \"%1\"").arg(header)};
    }
    for (const Words& w : vocabulary()) {
        for (const QStringView part : w.parts) {
            if (key.contains(part))
                return {w.field, 0.7, Texts::tr("header \"%1\"").arg(header)};
        }
    }
    return {};
}

// What the values alone say when the header does not: months, business IDs, amounts.
Guess fromValues(const QStringList& values)
{
    if (values.size() < 3)
        return {};
    int months = 0;
    int businessIds = 0;
    int amounts = 0;
    int decimals = 0;
    for (const QString& v : values) {
        if (SalesFactValues::month(v, {}).month.isValid())
            ++months;
        if (BusinessId::isValid(v) && v.contains(QLatin1Char('-')))
            ++businessIds;
        if (SalesFactValues::revenueCents(v)) {
            ++amounts;
            if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('.')))
                ++decimals;
        }
    }
    const double n = double(values.size());
    if (months / n >= 0.8 && amounts / n < 0.8)
        return {F::SalesMonth, 0.6, Texts::tr("values look like months")};
    if (businessIds / n >= 0.8)
        return {F::BusinessId, 0.6, Texts::tr("values look like business IDs")};
    if (amounts / n >= 0.9 && decimals / n >= 0.5)
        return {F::Revenue, 0.45, Texts::tr("values look like amounts of money")};
    return {};
}

} // namespace

QList<TargetField> SalesFactMapping::fields()
{
    return {F::Ignore,       F::SourceKey,  F::CustomerNumber, F::BusinessId, F::CustomerId,
            F::GroupCompany, F::SalesMonth, F::SalesYear,      F::Revenue,    F::OrderCount};
}

bool SalesFactMapping::isSalesField(TargetField field)
{
    switch (field) {
    case F::CustomerId:
    case F::CustomerNumber:
    case F::GroupCompany:
    case F::SalesMonth:
    case F::SalesYear:
    case F::OrderCount:
        return true;
    default:
        return false;
    }
}

QList<TargetField> SalesFactMapping::fieldsFor(ImportTarget target)
{
    if (target == ImportTarget::SalesFacts)
        return fields();
    QList<TargetField> customerFields = allTargetFields();
    customerFields.removeIf([](TargetField f) { return isSalesField(f); });
    return customerFields;
}

bool SalesFactMapping::looksLikeSales(const QStringList& headers)
{
    bool revenue = false;
    bool month = false;
    bool customer = false;
    for (const QString& header : headers) {
        const Guess guess = fromHeader(header);
        if (guess.confidence < 0.9)
            continue;
        revenue = revenue || guess.field == F::Revenue;
        month = month || guess.field == F::SalesMonth || guess.field == F::SalesYear;
        customer = customer || guess.field == F::SourceKey || guess.field == F::BusinessId ||
                   guess.field == F::CustomerNumber || guess.field == F::CustomerId;
    }
    return revenue && month && customer;
}

MappingSuggestion SalesFactMapping::suggest(const QString& sheetName, const SheetRow& header,
                                            const QList<SheetRow>& samples)
{
    QStringList headers;
    for (const SheetCell& cell : header.cells) {
        while (headers.size() < cell.column)
            headers.append(QString());
        headers.append(cell.displayText().trimmed());
    }
    QList<QStringList> rows;
    for (const SheetRow& row : samples) {
        QStringList texts;
        for (const SheetCell& cell : row.cells) {
            while (texts.size() < cell.column)
                texts.append(QString());
            texts.append(RecordMapper::cellText(cell));
        }
        rows.append(texts);
    }
    MappingSuggestion suggestion = suggest(headers, rows);
    suggestion.mapping.sheetName = sheetName;
    suggestion.mapping.headerRow = header.number;
    return suggestion;
}

MappingSuggestion SalesFactMapping::suggest(const QStringList& headers,
                                            const QList<QStringList>& rows)
{
    qsizetype columns = headers.size();
    for (const QStringList& row : rows)
        columns = std::max(columns, row.size());
    QList<Guess> guesses;
    for (qsizetype c = 0; c < columns; ++c) {
        Guess guess = fromHeader(headers.value(c));
        if (guess.field == F::Ignore) {
            QStringList values;
            for (const QStringList& row : rows) {
                if (!row.value(c).trimmed().isEmpty())
                    values.append(row.value(c).trimmed());
            }
            guess = fromValues(values);
        }
        guesses.append(guess);
    }
    // Every field takes one column: the most certain, the first on a tie.
    for (qsizetype c = 0; c < guesses.size(); ++c) {
        for (qsizetype other = 0; other < guesses.size(); ++other) {
            if (other == c || guesses.at(other).field != guesses.at(c).field ||
                guesses.at(c).field == F::Ignore)
                continue;
            const bool better =
                guesses.at(other).confidence > guesses.at(c).confidence ||
                (guesses.at(other).confidence == guesses.at(c).confidence && other < c);
            if (better) {
                guesses[c] = Guess{};
                break;
            }
        }
    }

    MappingSuggestion suggestion;
    suggestion.mapping.target = ImportTarget::SalesFacts;
    for (qsizetype c = 0; c < guesses.size(); ++c) {
        const Guess& g = guesses.at(c);
        suggestion.mapping.columns.append({int(c), headers.value(c), g.field, {}});
        if (g.field != F::Ignore)
            suggestion.columns.append({int(c), headers.value(c), g.field, g.confidence, g.reason});
    }
    const ColumnMapping& m = suggestion.mapping;
    if (m.hasField(F::SalesMonth) && !m.hasField(F::SalesYear)) {
        // A month column of numbers 1-12 needs the year from somewhere.
        for (const MappedColumn& column : m.columnsFor(F::SalesMonth)) {
            for (const QStringList& row : rows) {
                const QString value = row.value(column.column).trimmed();
                const bool bare = (value.size() <= 2 && value.toInt() >= 1) ||
                                  SalesFactValues::monthOfName(value) > 0;
                if (bare) {
                    suggestion.remarks.append(
                        Texts::tr("Column %1 \"%2\" has months without a year (e.g. %3): map a "
                                  "year column too.")
                            .arg(SheetCell::columnName(column.column), column.header,
                                 row.value(column.column)));
                    break;
                }
            }
        }
    }
    return suggestion;
}

Result<ColumnMapping> SalesFactMapping::suggestForFile(const QString& path,
                                                       const QString& sheetName, int headerRow,
                                                       const ReaderOptions& options)
{
    auto opened = WorkbookReader::open(path, options);
    if (!opened)
        return opened.error();
    WorkbookReader& reader = **opened;
    const QList<SheetInfo> sheets = reader.sheets();
    int index = 0;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (sheets.at(i).name.compare(sheetName, Qt::CaseInsensitive) == 0)
            index = int(i);
    }
    // As many rows as the wizard's suggestions see.
    auto rows = MappingAdvisor::firstRows(reader, index, 230);
    if (!rows)
        return rows.error();
    SheetRow header;
    QList<SheetRow> samples;
    for (const SheetRow& row : std::as_const(*rows)) {
        if (row.number == headerRow)
            header = row;
        else if (row.number > headerRow)
            samples.append(row);
    }
    const QString name = index < sheets.size() ? sheets.at(index).name : sheetName;
    ColumnMapping mapping = suggest(name, header, samples).mapping;
    mapping.headerRow = headerRow;
    return mapping;
}

QString SalesFactMapping::problem(const ColumnMapping& mapping)
{
    const bool customer = mapping.hasField(F::SourceKey) || mapping.hasField(F::BusinessId) ||
                          mapping.hasField(F::CustomerNumber) || mapping.hasField(F::CustomerId);
    if (!customer)
        return Texts::tr("No column identifies the customer: map the customer's key in the source "
                         "system, business ID, customer number at the group company or Luotsi "
                         "customer number.");
    if (!mapping.hasField(F::SalesMonth) && !mapping.constants.contains(F::SalesMonth))
        return Texts::tr("No column is mapped to the month.");
    if (!mapping.hasField(F::Revenue))
        return Texts::tr("No column is mapped to the revenue.");
    if (!mapping.hasField(F::GroupCompany) && mapping.groupCompanyCode.isEmpty() &&
        !mapping.constants.contains(F::GroupCompany))
        return Texts::tr("The file has no group company column: choose the group company the "
                         "sales belong to.");
    return {};
}

} // namespace luotsi::core::importing

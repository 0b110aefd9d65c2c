#include "ColumnProfile.h"

#include "core/importing/cleaning/FirstNames.h"
#include "core/importing/cleaning/NameWords.h"
#include "core/importing/cleaning/PersonNameParser.h"
#include "core/importing/mapping/AddressSplitter.h"
#include "core/importing/mapping/RecordMapper.h"
#include "core/register/BusinessId.h"

#include <QRegularExpression>
#include <QSet>

namespace luotsi::core::importing {

namespace {

int digitCount(const QString& text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isDigit() ? 1 : 0;
    return n;
}

bool isBusinessIdLike(const QString& v)
{
    static const QRegularExpression dashed(QStringLiteral(R"(^\d{6,7}-\d$)"));
    static const QRegularExpression vat(QStringLiteral(R"(^FI\s?\d{8}$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(QStringLiteral(R"(^\d{8}$)"));
    return dashed.match(v).hasMatch() || vat.match(v).hasMatch() ||
           (plain.match(v).hasMatch() && BusinessId::isValid(v));
}

bool isPhoneLike(const QString& v)
{
    static const QRegularExpression phone(QStringLiteral(R"(^[+(0][\d\s\-()/.]+$)"));
    const int digits = digitCount(v);
    return digits >= 7 && digits <= 15 && phone.match(v).hasMatch();
}

bool isDateText(const QString& v)
{
    static const QRegularExpression date(QStringLiteral(
        R"(^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})(?:[T ].*)?$)"));
    return date.match(v).hasMatch();
}

bool isStreetLike(const QString& v)
{
    static const QRegularExpression street(
        QStringLiteral(
            R"(^(?:\p{L}[\p{L}\s.'-]*\s\d+[\p{L}\d\s-]*|(?:PL|PO Box|Postilokero)\.?\s*\d+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return street.match(v).hasMatch();
}

bool isAmountLike(const QString& v, CellType type)
{
    if (type == CellType::Number)
        return digitCount(v) > 0 && v.contains(QLatin1Char('.'));
    static const QRegularExpression amount(
        QStringLiteral(R"(^-?[\d\s\x{00A0}.]*\d[,.]\d{1,2}\s*(?:€|EUR)?$)"));
    return amount.match(v).hasMatch();
}

bool isPersonName(const QString& v)
{
    const QStringList words = v.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 3 || NameWords::looksLikeOrganisation(v))
        return false;
    for (const QString& w : words) {
        for (const QChar c : w) {
            if (!c.isLetter() && c != QLatin1Char('-'))
                return false;
        }
    }
    return FirstNames::contains(words.first()) || FirstNames::contains(words.last());
}

} // namespace

void ColumnProfile::measure()
{
    filled = 0;
    int ids = 0, postal = 0, mails = 0, phoneCount = 0, dateCount = 0, combined = 0,
        streetCount = 0, amountCount = 0, integerCount = 0, persons = 0, lastFirst = 0;
    QSet<QString> seen;
    static const QRegularExpression fiveDigits(QStringLiteral(R"(^\d{5}$)"));
    static const QRegularExpression shortDigits(QStringLiteral(R"(^\d{3,5}$)"));
    static const QRegularExpression integer(QStringLiteral(R"(^-?\d+$)"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString v = values.at(i).trimmed();
        const CellType type = types.value(i, CellType::String);
        if (v.isEmpty())
            continue;
        ++filled;
        seen.insert(v.toCaseFolded());
        ids += isBusinessIdLike(v) ? 1 : 0;
        // Excel dropped the zeros of number cells: 100 was 00100.
        postal += fiveDigits.match(v).hasMatch() ||
                          (type == CellType::Number && shortDigits.match(v).hasMatch())
                      ? 1
                      : 0;
        mails +=
            v.contains(QLatin1Char('@')) || v.contains(QLatin1String("(at)"), Qt::CaseInsensitive)
                ? 1
                : 0;
        phoneCount += isPhoneLike(v) ? 1 : 0;
        dateCount += type == CellType::DateTime || isDateText(v) ? 1 : 0;
        const AddressSplitter::Parts parts = AddressSplitter::split(v);
        combined +=
            parts.recognised && !parts.postalCode.isEmpty() && !parts.street.isEmpty() ? 1 : 0;
        streetCount += isStreetLike(v) ? 1 : 0;
        amountCount += isAmountLike(v, type) ? 1 : 0;
        integerCount += integer.match(v).hasMatch() && type != CellType::DateTime ? 1 : 0;
        if (isPersonName(v)) {
            ++persons;
            lastFirst += PersonNameParser::parse(v, PersonNameOrder::FirstLast).reordered ? 1 : 0;
        }
    }
    const auto share = [this](int n) { return filled == 0 ? 0.0 : double(n) / double(filled); };
    businessIds = share(ids);
    postalCodes = share(postal);
    emails = share(mails);
    phones = share(phoneCount);
    dates = share(dateCount);
    combinedAddresses = share(combined);
    streets = share(streetCount);
    amounts = share(amountCount);
    integers = share(integerCount);
    distinct = share(int(seen.size()));
    personNames = share(persons);
    lastFirstNames = persons == 0 ? 0.0 : double(lastFirst) / double(persons);
}

QList<ColumnProfile> ColumnProfile::of(const SheetRow& header, const QList<SheetRow>& samples)
{
    int columns = 0;
    for (const SheetCell& c : header.cells)
        columns = std::max(columns, c.column + 1);
    for (const SheetRow& row : samples) {
        for (const SheetCell& c : row.cells)
            columns = std::max(columns, c.column + 1);
    }
    QList<ColumnProfile> profiles(columns);
    for (int col = 0; col < columns; ++col) {
        ColumnProfile& p = profiles[col];
        p.column = col;
        if (const SheetCell* h = header.cell(col))
            p.header = RecordMapper::cellText(*h).simplified();
        for (const SheetRow& row : samples) {
            const SheetCell* cell = row.cell(col);
            p.values.append(cell ? RecordMapper::cellText(*cell) : QString());
            p.types.append(cell ? cell->type : CellType::String);
        }
        p.measure();
    }
    return profiles;
}

QList<ColumnProfile> ColumnProfile::of(const QStringList& headers, const QList<QStringList>& rows)
{
    qsizetype columns = headers.size();
    for (const QStringList& row : rows)
        columns = std::max(columns, row.size());
    QList<ColumnProfile> profiles(columns);
    for (qsizetype col = 0; col < columns; ++col) {
        ColumnProfile& p = profiles[col];
        p.column = int(col);
        p.header = headers.value(col).simplified();
        for (const QStringList& row : rows) {
            p.values.append(row.value(col));
            p.types.append(CellType::String);
        }
        p.measure();
    }
    return profiles;
}

} // namespace luotsi::core::importing

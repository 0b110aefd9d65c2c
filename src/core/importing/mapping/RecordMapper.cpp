#include "RecordMapper.h"

#include "core/importing/cleaning/DateParser.h"
#include "core/importing/cleaning/NameWords.h"
#include "core/importing/mapping/AddressSplitter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RecordMapper)
};

// The width of Sonet's Name1; names longer than this went on in Name2.
constexpr qsizetype cutWidth = 30;

QString lastWord(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.last();
}

QString firstWord(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.first();
}

bool isAllCaps(const QString& text)
{
    bool letters = false;
    for (const QChar c : text) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

bool isParishNoun(const QString& word)
{
    const auto kind = NameWords::kindOf(word);
    return kind == CustomerKind::Parish || kind == CustomerKind::ParishUnion;
}

// Whether Name2 goes on with Name1 rather than naming a department.
bool continuesName(const QString& name, const QString& continuation)
{
    const QString end = lastWord(continuation);
    const bool nameComplete = NameWords::legalForm(lastWord(name)).has_value();
    if ((NameWords::legalForm(end) || isParishNoun(end)) && !nameComplete)
        return true;
    if (NameWords::isDepartment(continuation))
        return false;
    if (name.size() >= cutWidth || continuation.at(0).isLower())
        return true;
    // "Toiminimi Optiikka" + "Åström": one capitalised word after a name without a legal form.
    return !continuation.contains(QLatin1Char(' ')) && !isAllCaps(continuation) && !nameComplete;
}

} // namespace

RecordMapper::RecordMapper(ColumnMapping mapping)
    : m_mapping(std::move(mapping))
{}

QString RecordMapper::cellText(const SheetCell& cell)
{
    switch (cell.type) {
    case CellType::String:
        return cell.text;
    case CellType::Error:
        return {};
    case CellType::Boolean:
        return cell.number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case CellType::DateTime: {
        const QDate date = DateParser::fromExcelSerial(cell.number);
        if (!date.isValid())
            return QString::number(cell.number, 'g', 15);
        const double fraction = cell.number - std::floor(cell.number);
        const int seconds = int(std::lround(fraction * 86400.0));
        if (seconds == 0 || seconds == 86400)
            return date.toString(Qt::ISODate);
        return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(Qt::ISODate);
    }
    case CellType::Number:
        break;
    }
    const double v = cell.number;
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
        QString digits = QString::number(qint64(v));
        // A "00000" number format shows the zeros Excel does not store: keep them.
        const QString& format = cell.numberFormat;
        if (!format.isEmpty() && format.count(QLatin1Char('0')) == format.size() && v >= 0)
            digits = digits.rightJustified(format.size(), QLatin1Char('0'));
        return digits;
    }
    return QString::number(v, 'g', 15);
}

std::optional<QString> RecordMapper::joinedName(const QString& name, const QString& continuation)
{
    const QString rest = continuation.simplified();
    QString start = name;
    while (!start.isEmpty() && start.back().isSpace())
        start.chop(1);
    if (rest.isEmpty() || start.trimmed().isEmpty() || !continuesName(start.trimmed(), rest))
        return std::nullopt;

    // A full Name1 without a trailing space was cut where the width ran out, maybe mid-word:
    // "…seurakunt" + "a", "…Sunsqvist O" + "y", "…Omakotiyhdistys r." + "y.". But a whole word
    // may follow a full Name1 too: "…Kristillinen Yhdistys" + "ry".
    bool glue = false;
    const bool cutAtWidth =
        name.size() >= cutWidth && !name.back().isSpace() && !continuation.front().isSpace();
    if (cutAtWidth) {
        const QString tail = lastWord(start);
        const QString head = firstWord(rest);
        if (NameWords::legalForm(QString(tail + head)))
            glue = true;
        else if (NameWords::legalForm(head) || NameWords::isLowerCaseNoun(head))
            glue = false;
        else
            glue = head.at(0).isLower();
    }
    return start + (glue ? QString() : QStringLiteral(" ")) + rest;
}

RawRecord RecordMapper::map(const SheetRow& row) const
{
    RawRecord record;
    record.row = row.number;
    for (const MappedColumn& column : m_mapping.columns) {
        if (column.field == TargetField::Ignore)
            continue;
        if (isDateField(column.field))
            record.dateOrders.insert(column.field, column.dateOrder);
        const SheetCell* cell = row.cell(column.column);
        if (!cell)
            continue;
        if (cell->type == CellType::Error) {
            record.findings.append({column.field, CleaningFinding::Level::Warning,
                                    Texts::tr("The cell holds an Excel error; left empty."),
                                    cell->text, QString()});
            continue;
        }
        const QString text = cellText(*cell);
        if (text.trimmed().isEmpty())
            continue;
        record.values[column.field].append(text);
    }
    applyPersonRule(record);
    joinName(record);
    splitAddress(record);
    for (auto it = m_mapping.constants.cbegin(); it != m_mapping.constants.cend(); ++it) {
        if (record.has(it.key()) || it.value().trimmed().isEmpty())
            continue;
        record.values.insert(it.key(), {it.value()});
        record.fromConstant.insert(it.key(), true);
    }
    return record;
}

void RecordMapper::applyPersonRule(RawRecord& record) const
{
    if (!m_mapping.personWhenNoOrganisation || record.has(TargetField::Name))
        return;
    const bool hasContact = record.has(TargetField::ContactFirstName) ||
                            record.has(TargetField::ContactLastName) ||
                            record.has(TargetField::ContactName);
    if (!hasContact)
        return;
    const auto move = [&record](TargetField from, TargetField to) {
        if (record.has(from) && !record.has(to))
            record.values.insert(to, record.values.value(from));
        record.remove(from);
    };
    move(TargetField::ContactFirstName, TargetField::FirstName);
    move(TargetField::ContactLastName, TargetField::LastName);
    move(TargetField::ContactName, TargetField::PersonName);
    move(TargetField::ContactPhone, TargetField::Phone);
    move(TargetField::ContactEmail, TargetField::Email);
    record.remove(TargetField::ContactTitle);
    record.personFromContact = true;
}

void RecordMapper::joinName(RawRecord& record) const
{
    if (!record.has(TargetField::NameContinuation) || !record.has(TargetField::Name))
        return;
    const QString name = record.text(TargetField::Name);
    const QString continuation = record.text(TargetField::NameContinuation);
    const auto joined = joinedName(name, continuation);
    if (!joined)
        return;
    record.set(TargetField::Name, *joined);
    record.remove(TargetField::NameContinuation);
    record.findings.append({TargetField::Name, CleaningFinding::Level::Fixed,
                            Texts::tr("The name went on in the next column; joined."),
                            name + QStringLiteral(" | ") + continuation, *joined});
}

void RecordMapper::splitAddress(RawRecord& record) const
{
    if (!record.has(TargetField::CombinedAddress))
        return;
    const QString combined = record.text(TargetField::CombinedAddress);
    record.remove(TargetField::CombinedAddress);
    const AddressSplitter::Parts parts = AddressSplitter::split(combined);
    // Separate columns win over the combined cell: they were typed on purpose.
    const auto fill = [&record](TargetField field, const QString& value) {
        if (!record.has(field) && !value.isEmpty())
            record.set(field, value);
    };
    fill(TargetField::Street, parts.street);
    fill(TargetField::PostalCode, parts.postalCode);
    fill(TargetField::City, parts.city);
    if (!parts.recognised)
        record.findings.append(
            {TargetField::CombinedAddress, CleaningFinding::Level::Warning,
             Texts::tr("No postal code or city found in the address; kept as the street."),
             combined, parts.street});
}

} // namespace luotsi::core::importing

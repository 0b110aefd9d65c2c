#include "ColumnSuggester.h"

#include "core/importing/cleaning/DateColumnAnalyzer.h"
#include "core/importing/cleaning/TextCase.h"
#include "core/importing/mapping/HeaderRowDetector.h"
#include "core/importing/mapping/HeaderVocabulary.h"
#include "core/importing/readers/SheetCell.h"

#include <QCoreApplication>

#include <algorithm>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ColumnSuggester)
};

using F = TargetField;

struct Candidate
{
    F field = F::Ignore;
    double confidence = 0.0;
    QString reason;
};

void addOrBoost(QList<Candidate>& candidates, F field, double confidence, const QString& reason)
{
    for (Candidate& c : candidates) {
        if (c.field == field) {
            // The header and the values agree.
            c.confidence = std::min(0.99, std::max(c.confidence, confidence) + 0.03);
            c.reason += QStringLiteral("; ") + reason;
            return;
        }
    }
    candidates.append({field, confidence, reason});
}

// The share of the values that a typed field needs to keep a header's word.
double evidenceFor(F field, const ColumnProfile& p)
{
    switch (field) {
    case F::Email:
    case F::ContactEmail:
        return p.emails;
    case F::Phone:
    case F::ContactPhone:
        return p.phones;
    case F::PostalCode:
        return p.postalCodes;
    case F::BusinessId:
        return p.businessIds;
    default:
        return 1.0;
    }
}

QList<Candidate> candidatesFor(const ColumnProfile& p)
{
    QList<Candidate> candidates;
    for (const HeaderVocabulary::Match& m : HeaderVocabulary::candidates(p.header))
        candidates.append({m.field, m.confidence, Texts::tr("header \"%1\"").arg(p.header)});

    const bool enough = p.filled >= 3;
    if (enough) {
        for (Candidate& c : candidates) {
            // A header that says "Puhelin" over a column of emails is not trusted.
            if (evidenceFor(c.field, p) < 0.3)
                c.confidence *= 0.5;
            if (c.field == F::SourceKey && p.distinct < 0.9)
                c.confidence *= 0.6;
        }
        // "Osoite" with postal codes in it is the whole address.
        if (p.combinedAddresses >= 0.5)
            addOrBoost(candidates, F::CombinedAddress, candidates.isEmpty() ? 0.7 : 0.97,
                       Texts::tr("values hold street, postal code and city"));
        if (p.emails >= 0.8)
            addOrBoost(candidates, F::Email, 0.75, Texts::tr("values look like email addresses"));
        if (p.businessIds >= 0.8)
            addOrBoost(candidates, F::BusinessId, 0.75, Texts::tr("values look like business IDs"));
        if (p.postalCodes >= 0.9 && p.combinedAddresses < 0.5)
            addOrBoost(candidates, F::PostalCode, 0.6, Texts::tr("values look like postal codes"));
        if (p.phones >= 0.7)
            addOrBoost(candidates, F::Phone, 0.6, Texts::tr("values look like phone numbers"));
        if (p.dates >= 0.9)
            addOrBoost(candidates, F::CreatedDate, 0.4, Texts::tr("values are dates"));
        if (p.amounts >= 0.8)
            addOrBoost(candidates, F::Revenue, 0.4, Texts::tr("values are amounts"));
        if (p.streets >= 0.8 && p.combinedAddresses < 0.5)
            addOrBoost(candidates, F::Street, 0.5, Texts::tr("values look like street addresses"));
    }
    if (candidates.isEmpty()) {
        candidates.append(
            {F::Ignore, p.filled == 0 ? 0.9 : 0.2,
             p.filled == 0 ? Texts::tr("no values") : Texts::tr("nothing known of this column")});
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.confidence > b.confidence; });
    return candidates;
}

bool topIs(const QList<Candidate>& candidates, F field)
{
    return !candidates.isEmpty() && candidates.first().field == field;
}

} // namespace

MappingSuggestion ColumnSuggester::suggest(const QString& sheetName, const SheetRow& header,
                                           const QList<SheetRow>& samples) const
{
    return fromProfiles(sheetName, header.number, ColumnProfile::of(header, samples));
}

MappingSuggestion ColumnSuggester::suggestForSheet(const QString& sheetName,
                                                   const QList<SheetRow>& firstRows) const
{
    const HeaderRowDetector::Guess guess = HeaderRowDetector::detect(firstRows.mid(0, 30));
    SheetRow header;
    QList<SheetRow> samples;
    for (const SheetRow& row : firstRows) {
        if (row.number == guess.row)
            header = row;
        else if (row.number > guess.row && !row.isBlank())
            samples.append(row);
    }
    MappingSuggestion suggestion =
        fromProfiles(sheetName, guess.row, ColumnProfile::of(header, samples));
    if (guess.row == 0)
        suggestion.remarks.prepend(Texts::tr("No header row found: the columns are unnamed."));
    return suggestion;
}

MappingSuggestion ColumnSuggester::suggest(const QStringList& headers,
                                           const QList<QStringList>& rows) const
{
    return fromProfiles(QString(), 1, ColumnProfile::of(headers, rows));
}

MappingSuggestion ColumnSuggester::fromProfiles(const QString& sheetName, int headerRow,
                                                const QList<ColumnProfile>& profiles) const
{
    MappingSuggestion suggestion;
    ColumnMapping& mapping = suggestion.mapping;
    mapping.sheetName = sheetName;
    mapping.headerRow = headerRow;

    QList<QList<Candidate>> candidates;
    for (const ColumnProfile& p : profiles)
        candidates.append(candidatesFor(p));

    // The sheet as a whole: is there an organisation name beside first and last names?
    qsizetype nameColumn = -1;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (topIs(candidates.at(i), F::Name) && nameColumn < 0)
            nameColumn = i;
    }
    bool personColumns = false;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        for (Candidate& c : candidates[i]) {
            if (c.field != F::FirstName && c.field != F::LastName)
                continue;
            personColumns = true;
            if (nameColumn >= 0)
                c.field = c.field == F::FirstName ? F::ContactFirstName : F::ContactLastName;
        }
    }
    if (nameColumn >= 0 && personColumns) {
        // Cirix: participants without an organisation are private persons.
        const ColumnProfile& name = profiles.at(nameColumn);
        int withoutOrganisation = 0;
        for (qsizetype row = 0; row < name.values.size(); ++row) {
            if (!name.values.at(row).trimmed().isEmpty())
                continue;
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                const F f = candidates.at(i).first().field;
                if ((f == F::ContactFirstName || f == F::ContactLastName) &&
                    !profiles.at(i).values.value(row).trimmed().isEmpty()) {
                    ++withoutOrganisation;
                    break;
                }
            }
        }
        if (withoutOrganisation > 0) {
            mapping.personWhenNoOrganisation = true;
            suggestion.remarks.append(
                Texts::tr("Rows without \"%1\" but with a person's name are private persons; "
                          "the names on the other rows are contact persons.")
                    .arg(name.header));
        }
    } else if (nameColumn < 0 && personColumns) {
        mapping.constants.insert(F::Kind, QStringLiteral("person"));
        suggestion.remarks.append(Texts::tr("Every row is a private person."));
    }

    // Assign fields, most certain first; a field that takes one column takes it once.
    struct Pick
    {
        qsizetype column;
        Candidate candidate;
    };
    QList<Pick> picks;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        for (const Candidate& c : candidates.at(i))
            picks.append({i, c});
    }
    std::stable_sort(picks.begin(), picks.end(), [](const Pick& a, const Pick& b) {
        return a.candidate.confidence > b.candidate.confidence;
    });
    QList<ColumnSuggestion> chosen(profiles.size());
    QList<bool> assigned(profiles.size(), false);
    QList<F> taken;
    for (const Pick& pick : std::as_const(picks)) {
        const F field = pick.candidate.field;
        if (assigned.at(pick.column) ||
            (field != F::Ignore && !allowsSeveralColumns(field) && taken.contains(field)))
            continue;
        assigned[pick.column] = true;
        taken.append(field);
        chosen[pick.column] = {int(pick.column), profiles.at(pick.column).header, field,
                               pick.candidate.confidence, pick.candidate.reason};
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (!assigned.at(i))
            chosen[i] = {int(i), profiles.at(i).header, F::Ignore, 0.3,
                         Texts::tr("its field went to a more certain column")};
    }

    for (const ColumnSuggestion& s : std::as_const(chosen)) {
        const ColumnProfile& p = profiles.at(s.column);
        MappedColumn column{s.column, p.header, s.field, DateOrder::Unknown};
        if (isDateField(s.field)) {
            const DateColumnAnalyzer::Analysis dates = DateColumnAnalyzer::analyze(p.values);
            column.dateOrder = dates.order();
            if (dates.needsDecision())
                suggestion.remarks.append(
                    Texts::tr("The dates in column %1 (\"%2\", e.g. %3) read both as day.month "
                              "and month.day: choose the order.")
                        .arg(SheetCell::columnName(s.column), p.header, dates.example));
        }
        const QString key = HeaderVocabulary::compact(p.header);
        if (s.field == F::Name) {
            if (key.contains(QLatin1String("seurakuntayhtym")))
                mapping.constants.insert(F::Kind, QStringLiteral("parish_union"));
            else if (key.contains(QLatin1String("seurakun")))
                mapping.constants.insert(F::Kind, QStringLiteral("parish"));
            else if (key.contains(QLatin1String("yhdistyks")))
                mapping.constants.insert(F::Kind, QStringLiteral("association"));
            // "Sukunimi Etunimi" persons among the names.
            if (p.personNames > 0.0 && p.lastFirstNames >= 0.6) {
                mapping.personNameOrder = PersonNameOrder::LastFirst;
                suggestion.remarks.append(
                    Texts::tr("Private persons in \"%1\" are written last name first.")
                        .arg(p.header));
            }
        }
        if (s.field == F::PersonName && p.lastFirstNames >= 0.6)
            mapping.personNameOrder = PersonNameOrder::LastFirst;
        if (s.field == F::ContactName && HeaderVocabulary::isRoleTitle(p.header))
            mapping.constants.insert(F::ContactTitle, TextCase::capitalizeFirst(p.header));
        mapping.columns.append(column);
    }
    suggestion.columns = chosen;
    return suggestion;
}

} // namespace luotsi::core::importing

#include "RecordCleaner.h"

#include "core/demo/DemoWords.h"
#include "core/importing/cleaning/ChannelCleaner.h"
#include "core/importing/cleaning/DateParser.h"
#include "core/importing/cleaning/FieldParsers.h"
#include "core/importing/cleaning/FirstNames.h"
#include "core/importing/cleaning/JunkDetector.h"
#include "core/importing/cleaning/NameCleaner.h"
#include "core/importing/cleaning/NameWords.h"
#include "core/importing/cleaning/PersonNameParser.h"
#include "core/importing/cleaning/TextCase.h"

#include <QCoreApplication>
#include <QSet>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RecordCleaner)
};

using Level = CleaningFinding::Level;

// Lines of business that make a two-word name a firm's, not a person's ("Rakennus Virtanen").
bool isTradeWord(const QString& word)
{
    static const QSet<QString> tradeWords = [] {
        QSet<QString> set;
        namespace words = luotsi::core::demo::words;
        for (const auto& list : {words::trades(), words::tradesSv(), words::brandSuffixes()}) {
            for (QStringView w : list)
                set.insert(FirstNames::fold(w));
        }
        return set;
    }();
    // "Helmi" and "Tapio" name firms and people alike: a first name wins.
    if (FirstNames::contains(word))
        return false;
    const QString folded = FirstNames::fold(word);
    return tradeWords.contains(folded) ||
           tradeWords.contains(folded.section(QLatin1Char('-'), 0, 0));
}

// "Virtanen Matti", "MATTI VIRTANEN", "Laitinen Leenz": two to four words of letters, no
// legal form or line of business, a first name (or a slip of one) at either end.
bool readsAsPerson(const QString& name)
{
    if (NameWords::looksLikeOrganisation(name))
        return false;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4)
        return false;
    for (const QString& w : words) {
        for (const QChar c : w) {
            if (!c.isLetter() && c != QLatin1Char('-') && c != QLatin1Char('.'))
                return false;
        }
        if (isTradeWord(w))
            return false;
    }
    return FirstNames::nearlyContains(words.first()) || FirstNames::nearlyContains(words.last());
}

QString tidy(const QString& text)
{
    return text.simplified();
}

} // namespace

RecordCleaner::RecordCleaner(const ColumnMapping& mapping, const PlaceIndex& places)
    : m_personNameOrder(mapping.personNameOrder)
    , m_addresses(places)
{}

CleanRecord RecordCleaner::clean(const RawRecord& raw) const
{
    CleanRecord clean;
    clean.row = raw.row;
    clean.findings = raw.findings;
    clean.sourceKey = tidy(raw.text(TargetField::SourceKey));

    clean.junk = JunkDetector::detect(raw);
    if (clean.isJunk()) {
        clean.junkReason = JunkDetector::reason(clean.junk);
        clean.name = tidy(raw.text(TargetField::Name));
        clean.findings.append(
            {TargetField::Ignore, Level::Rejected, clean.junkReason, clean.name, QString()});
        return clean;
    }
    cleanIdentity(raw, clean);
    const AddressCleaner::Address address = m_addresses.clean(
        raw.text(TargetField::Street), raw.text(TargetField::PostalCode),
        raw.text(TargetField::City), raw.text(TargetField::Country), clean.findings);
    clean.street = address.street;
    clean.postalCode = address.postalCode;
    clean.city = address.city;
    clean.municipality = address.municipality;
    clean.country = address.country;
    clean.poBox = address.poBox;
    cleanContact(raw, clean);
    cleanDates(raw, clean);
    cleanOther(raw, clean);
    return clean;
}

void RecordCleaner::cleanIdentity(const RawRecord& raw, CleanRecord& clean) const
{
    clean.businessId = FieldParsers::businessId(raw.text(TargetField::BusinessId), clean.findings);
    clean.auxiliaryName = tidy(raw.text(TargetField::NameContinuation));

    const QString kindText = tidy(raw.text(TargetField::Kind));
    const std::optional<CustomerKind> explicitKind = FieldParsers::kind(kindText);
    if (!kindText.isEmpty() && !explicitKind)
        clean.findings.append({TargetField::Kind, Level::Warning,
                               Texts::tr("Unknown customer kind; guessed from the name."), kindText,
                               QString()});

    const bool personColumns = raw.has(TargetField::FirstName) || raw.has(TargetField::LastName) ||
                               raw.has(TargetField::PersonName);
    const bool organisationName = raw.has(TargetField::Name);
    const auto takePerson = [&](const PersonNameParser::Parts& parts, TargetField field,
                                const QString& before) {
        clean.kind = CustomerKind::Person;
        clean.firstName = parts.first;
        clean.lastName = parts.last;
        clean.name = parts.full();
        if (parts.reordered)
            clean.findings.append({field, Level::Fixed,
                                   Texts::tr("First and last name put in their order."), before,
                                   clean.name});
    };

    if ((!organisationName && personColumns) ||
        (explicitKind == CustomerKind::Person && personColumns)) {
        if (raw.has(TargetField::FirstName) || raw.has(TargetField::LastName)) {
            const QString first = raw.text(TargetField::FirstName);
            const QString last = raw.text(TargetField::LastName);
            takePerson(PersonNameParser::fromColumns(first, last), TargetField::FirstName,
                       tidy(first + QLatin1Char(' ') + last));
        } else {
            const QString text = raw.text(TargetField::PersonName);
            takePerson(PersonNameParser::parse(text, m_personNameOrder), TargetField::PersonName,
                       tidy(text));
        }
        return;
    }

    const QString rawName = raw.text(TargetField::Name);
    if (explicitKind == CustomerKind::Person ||
        (!explicitKind && clean.businessId.isEmpty() && readsAsPerson(tidy(rawName)))) {
        takePerson(PersonNameParser::parse(rawName, m_personNameOrder), TargetField::Name,
                   tidy(rawName));
        return;
    }
    clean.name = NameCleaner::clean(rawName, clean.findings);
    clean.kind =
        explicitKind.value_or(NameWords::kindOf(clean.name).value_or(CustomerKind::Company));
}

void RecordCleaner::cleanContact(const RawRecord& raw, CleanRecord& clean) const
{
    CleanContact& contact = clean.contact;
    if (raw.has(TargetField::ContactFirstName) || raw.has(TargetField::ContactLastName)) {
        const QString first = raw.text(TargetField::ContactFirstName);
        const QString last = raw.text(TargetField::ContactLastName);
        const auto parts = PersonNameParser::fromColumns(first, last);
        contact.firstName = parts.first;
        contact.lastName = parts.last;
        if (parts.reordered)
            clean.findings.append({TargetField::ContactFirstName, Level::Fixed,
                                   Texts::tr("First and last name put in their order."),
                                   tidy(first + QLatin1Char(' ') + last), contact.fullName()});
    } else if (raw.has(TargetField::ContactName)) {
        const QString text = raw.text(TargetField::ContactName);
        const auto parts = PersonNameParser::parse(text, PersonNameOrder::FirstLast);
        contact.firstName = parts.first;
        contact.lastName = parts.last;
        if (parts.reordered)
            clean.findings.append({TargetField::ContactName, Level::Fixed,
                                   Texts::tr("First and last name put in their order."), tidy(text),
                                   contact.fullName()});
    }
    contact.title = tidy(raw.text(TargetField::ContactTitle));
    if (TextCase::isSingleCase(contact.title))
        contact.title = TextCase::capitalizeFirst(contact.title);
    const QStringList phones = ChannelCleaner::phones(raw.texts(TargetField::ContactPhone),
                                                      TargetField::ContactPhone, clean.findings);
    contact.phone = phones.value(0);
    const QStringList emails = ChannelCleaner::emails(raw.texts(TargetField::ContactEmail),
                                                      TargetField::ContactEmail, clean.findings);
    contact.email = emails.value(0);
}

void RecordCleaner::cleanDates(const RawRecord& raw, CleanRecord& clean) const
{
    const std::pair<TargetField, QDate*> dates[] = {
        {TargetField::CreatedDate, &clean.createdDate},
        {TargetField::UpdatedDate, &clean.updatedDate},
        {TargetField::LastOrderDate, &clean.lastOrderDate},
        {TargetField::EndDate, &clean.endDate},
    };
    for (const auto& [field, into] : dates) {
        const QString text = tidy(raw.text(field));
        if (text.isEmpty())
            continue;
        const auto parsed = DateParser::parse(text, raw.dateOrders.value(field));
        if (parsed.date.isValid()) {
            *into = parsed.date;
            continue;
        }
        clean.findings.append(
            {field, Level::Warning,
             parsed.ambiguous
                 ? Texts::tr("The date reads both as day.month and month.day; choose the "
                             "column's order in the mapping. Left out.")
                 : Texts::tr("Not a date; left out."),
             text, QString()});
    }
}

void RecordCleaner::cleanOther(const RawRecord& raw, CleanRecord& clean) const
{
    clean.phones =
        ChannelCleaner::phones(raw.texts(TargetField::Phone), TargetField::Phone, clean.findings);
    clean.emails =
        ChannelCleaner::emails(raw.texts(TargetField::Email), TargetField::Email, clean.findings);
    clean.web = ChannelCleaner::web(raw.text(TargetField::Web), clean.findings);
    if (raw.has(TargetField::ParentName))
        clean.parentName = NameCleaner::clean(raw.text(TargetField::ParentName), clean.findings,
                                              TargetField::ParentName);
    QStringList notes;
    for (const QString& note : raw.texts(TargetField::Notes)) {
        if (!tidy(note).isEmpty())
            notes.append(note.trimmed());
    }
    clean.notes = notes.join(QStringLiteral("; "));

    const QString revenue = tidy(raw.text(TargetField::Revenue));
    if (!revenue.isEmpty()) {
        clean.revenueCents = FieldParsers::revenueCents(revenue);
        if (!clean.revenueCents)
            clean.findings.append({TargetField::Revenue, Level::Warning,
                                   Texts::tr("Not an amount of money; left out."), revenue,
                                   QString()});
    }
    clean.statusText = tidy(raw.text(TargetField::Status));
    clean.status = FieldParsers::status(clean.statusText);
    const QString language = tidy(raw.text(TargetField::Language));
    if (!language.isEmpty()) {
        clean.language = FieldParsers::language(language);
        if (!clean.language)
            clean.findings.append({TargetField::Language, Level::Warning,
                                   Texts::tr("Unknown language; left out."), language, QString()});
    }
}

} // namespace luotsi::core::importing

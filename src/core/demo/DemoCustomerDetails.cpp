#include "DemoCustomerDetails.h"

#include "DemoNames.h"
#include "DemoPlaces.h"
#include "DemoRandom.h"
#include "DemoWords.h"
#include "FinnishInflection.h"

namespace luotsi::core::demo {

namespace {

// count digits, the first of them between firstLow and firstHigh.
QString digits(DemoRandom& random, int count, int firstLow, int firstHigh)
{
    QString text;
    text.reserve(count);
    text.append(QChar(char16_t(u'0' + random.between(firstLow, firstHigh))));
    for (int i = 1; i < count; ++i)
        text.append(QChar(char16_t(u'0' + random.between(0, 9))));
    return text;
}

// "Matti", "Marja-Leena" → "matti", "marja-leena"; "Åström" → "astrom".
QString mailPart(const QString& name)
{
    return FinnishInflection::asciiFold(name, u"-");
}

// "Heinolan Rotaryklubi" → "heinolan.rotaryklubi", at most 40 characters and whole words.
QString dottedSlug(const QString& name)
{
    QStringList parts;
    qsizetype length = 0;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString part = FinnishInflection::asciiFold(word);
        if (part.isEmpty())
            continue;
        if (!parts.isEmpty() && length + part.size() + 1 > 40)
            break;
        length += part.size() + 1;
        parts.append(part);
    }
    return parts.join(QLatin1Char('.'));
}

} // namespace

DemoCustomerDetails::DemoCustomerDetails(DemoRandom& random, DemoNames& names)
    : m_random(random)
    , m_names(names)
{}

QString DemoCustomerDetails::mobilePhone()
{
    static constexpr QStringView prefixes[] = {u"40", u"40", u"44", u"50",
                                               u"50", u"41", u"45", u"46"};
    return QStringLiteral("+358") + m_random.pick(std::span<const QStringView>(prefixes)) +
           digits(m_random, 7, 1, 9);
}

QString DemoCustomerDetails::landline(const DemoPlace& place)
{
    // Subscriber numbers of fixed lines start with 2–8 (1 and 9 lead to service numbers).
    return QStringLiteral("+358") + place.areaCode + digits(m_random, 7, 2, 8);
}

QString DemoCustomerDetails::streetAddress(const DemoPlace& place, bool swedish, bool apartment)
{
    // Street names follow the municipality: Swedish only where the municipality is Swedish.
    const bool swedishStreet =
        place.language == PostalCodeEntry::MunicipalLanguage::Swedish ||
        (swedish && place.language == PostalCodeEntry::MunicipalLanguage::Bilingual &&
         m_random.chance(0.5));
    QString street =
        m_names.street(swedishStreet) + u' ' + QString::number(m_random.between(1, 120));
    if (apartment) {
        street += u' ' + QChar(char16_t(u'A' + m_random.between(0, 3))) + u' ' +
                  QString::number(m_random.between(1, 60));
    } else if (m_random.chance(0.15)) {
        street += u' ' + QChar(char16_t(u'A' + m_random.between(0, 2)));
    }
    return street;
}

void DemoCustomerDetails::addAddresses(Customer& customer, const DemoPlace& place, bool swedish)
{
    const auto codeOf = [this](const QStringList& codes) {
        return codes.at(qsizetype(m_random.below(quint64(codes.size()))));
    };
    const QString box = swedish ? QStringLiteral("PB ") : QStringLiteral("PL ");
    if (!customer.isOrganisation()) {
        customer.addresses.append({0, AddressKind::Postal,
                                   streetAddress(place, swedish, m_random.chance(0.45)),
                                   codeOf(place.streetCodes), place.name, QStringLiteral("FI")});
        return;
    }
    customer.addresses.append({0, AddressKind::Visiting, streetAddress(place, swedish, false),
                               codeOf(place.streetCodes), place.name, QStringLiteral("FI")});
    if (!place.boxCodes.isEmpty() && m_random.chance(0.2)) {
        customer.addresses.append({0, AddressKind::Postal,
                                   box + QString::number(m_random.between(1, 999)),
                                   codeOf(place.boxCodes), place.name, QStringLiteral("FI")});
    }
    if (m_random.chance(0.08)) {
        customer.addresses.append({0, AddressKind::Billing, streetAddress(place, swedish, false),
                                   codeOf(place.streetCodes), place.name, QStringLiteral("FI")});
    }
}

QString DemoCustomerDetails::webDomain(const Customer& customer, const DemoPlace& place)
{
    switch (customer.kind) {
    case CustomerKind::PublicBody:
        return place.domain;
    case CustomerKind::Person:
        return {};
    default: {
        // "Rakennus Virtanen Oy" → "rakennusvirtanen.fi"
        QString base = FinnishInflection::asciiFold(DemoNames::withoutLegalForm(customer.name));
        return base.isEmpty() ? QString() : base.left(40) + QStringLiteral(".fi");
    }
    }
}

void DemoCustomerDetails::addChannelsAndContacts(Customer& customer, const DemoPlace& place,
                                                 bool swedish, const PersonName* person)
{
    const auto add = [&customer](ChannelKind kind, const QString& value) {
        customer.channels.append({0, kind, value, {}});
    };
    const auto provider = [this] { return m_random.pick(words::emailProviders()).toString(); };
    switch (customer.kind) {
    case CustomerKind::Person: {
        add(ChannelKind::Phone, m_random.chance(0.92) ? mobilePhone() : landline(place));
        if (person && m_random.chance(0.7)) {
            QString local = mailPart(person->first) + u'.' + mailPart(person->last);
            if (m_random.chance(0.3))
                local += QString::number(m_random.between(1, 99));
            add(ChannelKind::Email, local + u'@' + provider());
        }
        return;
    }
    case CustomerKind::Parish:
    case CustomerKind::ParishUnion: {
        const QString slug = dottedSlug(customer.name);
        add(ChannelKind::Phone, landline(place));
        add(ChannelKind::Email, slug + QStringLiteral("@evl.fi"));
        if (m_random.chance(0.6))
            add(ChannelKind::Web,
                QStringLiteral("www.") + QString(slug).remove(u'.') + QStringLiteral(".fi"));
        addContacts(customer, QStringLiteral("evl.fi"), swedish);
        return;
    }
    case CustomerKind::PublicBody:
        add(ChannelKind::Phone, landline(place));
        add(ChannelKind::Email, QStringLiteral("kirjaamo@") + place.domain);
        add(ChannelKind::Web, QStringLiteral("www.") + place.domain);
        addContacts(customer, place.domain, swedish);
        return;
    case CustomerKind::Association: {
        add(ChannelKind::Phone, m_random.chance(0.6) ? mobilePhone() : landline(place));
        const bool ownDomain = m_random.chance(0.3);
        const QString domain = ownDomain ? webDomain(customer, place) : QString();
        if (ownDomain) {
            add(ChannelKind::Email, QStringLiteral("toimisto@") + domain);
            add(ChannelKind::Web, QStringLiteral("www.") + domain);
        } else if (m_random.chance(0.8)) {
            add(ChannelKind::Email,
                dottedSlug(DemoNames::withoutLegalForm(customer.name)) + u'@' + provider());
        }
        addContacts(customer, domain, swedish);
        return;
    }
    case CustomerKind::Company: {
        const bool soleTrader = customer.name.contains(QLatin1String("Tmi"));
        add(ChannelKind::Phone,
            soleTrader || m_random.chance(0.25) ? mobilePhone() : landline(place));
        const QString domain = webDomain(customer, place);
        if (m_random.chance(0.85)) {
            static constexpr QStringView finnish[] = {u"info", u"toimisto", u"myynti",
                                                      u"asiakaspalvelu"};
            static constexpr QStringView swedishBoxes[] = {u"info", u"kontor", u"kundservice"};
            const QStringView box = swedish
                                        ? m_random.pick(std::span<const QStringView>(swedishBoxes))
                                        : m_random.pick(std::span<const QStringView>(finnish));
            add(ChannelKind::Email, box.toString() + u'@' + domain);
        }
        if (m_random.chance(0.6))
            add(ChannelKind::Web, QStringLiteral("www.") + domain);
        addContacts(customer, domain, swedish);
        return;
    }
    }
}

void DemoCustomerDetails::addContacts(Customer& customer, const QString& domain, bool swedish)
{
    words::List titles = words::companyTitles();
    switch (customer.kind) {
    case CustomerKind::Parish:
        titles = words::parishTitles();
        break;
    case CustomerKind::ParishUnion:
        titles = words::parishUnionTitles();
        break;
    case CustomerKind::Association:
        titles = words::associationTitles();
        break;
    case CustomerKind::PublicBody:
        titles = words::publicBodyTitles();
        break;
    default:
        titles = swedish ? words::companyTitlesSv() : words::companyTitles();
        break;
    }
    static constexpr int countWeights[] = {35, 35, 20, 10};
    const bool soleTrader = customer.name.contains(QLatin1String("Tmi"));
    const int count = soleTrader ? 1 : int(m_random.weighted(countWeights)) + 1;
    for (int i = 0; i < count; ++i) {
        const PersonName name = m_names.person(swedish && m_random.chance(0.85));
        Contact contact;
        contact.firstName = name.first;
        contact.lastName = name.last;
        contact.title = soleTrader ? QStringLiteral("Yrittäjä") : m_random.pick(titles).toString();
        // The first contact decides; the others are whom the group deals with day to day.
        contact.role =
            i == 0 ? QStringLiteral("Päättäjä") : m_random.pick(words::contactRoles()).toString();
        if (m_random.chance(0.85))
            contact.phone = mobilePhone();
        if (!domain.isEmpty() && m_random.chance(0.85))
            contact.email = mailPart(name.first) + u'.' + mailPart(name.last) + u'@' + domain;
        customer.contacts.append(contact);
    }
}

QList<TimelineEntry> DemoCustomerDetails::timeline(const Customer& customer,
                                                   const QList<GroupCompany>& companies,
                                                   const QList<qint64>& authorIds,
                                                   const QDate& today)
{
    static constexpr int countWeights[] = {20, 20, 20, 15, 15, 10};
    static constexpr int kindWeights[] = {25, 35, 20, 20};
    static constexpr TimelineKind kinds[] = {TimelineKind::Note, TimelineKind::Call,
                                             TimelineKind::Meeting, TimelineKind::Email};
    QList<TimelineEntry> entries;
    const QDate first = customer.createdAt.date();
    const qint64 span = first.daysTo(today.addDays(-1));
    const int count = span > 0 ? int(m_random.weighted(countWeights)) : 0;
    for (int i = 0; i < count; ++i) {
        TimelineEntry entry;
        entry.kind = kinds[m_random.weighted(kindWeights)];
        const QDate day = first.addDays(qint64(m_random.below(quint64(span))) + 1);
        entry.occurredAt =
            QDateTime(day, QTime(m_random.between(6, 15), m_random.between(0, 59)), Qt::UTC);
        if (!authorIds.isEmpty()) {
            entry.authorId =
                customer.ownerId != 0 && m_random.chance(0.7)
                    ? customer.ownerId
                    : authorIds.at(qsizetype(m_random.below(quint64(authorIds.size()))));
        }
        words::List subjects = words::noteSubjects();
        switch (entry.kind) {
        case TimelineKind::Call:
            subjects = words::callSubjects();
            break;
        case TimelineKind::Meeting:
            subjects = words::meetingSubjects();
            break;
        case TimelineKind::Email:
            subjects = words::emailSubjects();
            break;
        case TimelineKind::Note:
            break;
        }
        entry.subject = m_random.pick(subjects).toString();
        QString text = m_random.pick(words::timelineTexts()).toString();
        if (text.contains(QLatin1String("%1"))) {
            const QString area =
                companies.isEmpty()
                    ? QStringLiteral("painotuotteet")
                    : companies.at(qsizetype(m_random.below(quint64(companies.size()))))
                          .businessArea.toLower();
            text = text.arg(area);
        }
        entry.body = text;
        entries.append(entry);
    }
    return entries;
}

} // namespace luotsi::core::demo

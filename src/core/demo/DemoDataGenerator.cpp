#include "DemoDataGenerator.h"

#include "DemoWords.h"
#include "core/register/BusinessId.h"
#include "core/register/PostalCodeTable.h"

namespace luotsi::core {

using namespace demo;

namespace {

// Legacy systems of the conversion (DOMAIN.md) and the keys they gave; each counter of
// m_counters starts at its base plus Settings::firstSequence.
enum Counter
{
    EnterpriseParish, // "SRK1004"
    EnterpriseUnion,  // "YHT101"
    Subscribers,      // Tilaajat: "100129"
    Sonet,            // "10003"
    Cirix,            // "5001"
    CounterCount
};

const QString enterprise = QStringLiteral("Enterprise");
const QString subscribers = QStringLiteral("Tilaajat");
const QString sonet = QStringLiteral("Sonet");
const QString cirix = QStringLiteral("Cirix");

constexpr qint64 counterBases[] = {1000, 100, 100000, 10000, 5000};
constexpr qint64 customerNumberBase = 200000;

// Business IDs drawn from the range real ones use: 0100000–3399999 (old ones start with 0).
constexpr int businessIdLow = 100000;
constexpr int businessIdHigh = 3399999;

QDateTime at(const QDate& day, DemoRandom& random)
{
    return QDateTime(day, QTime(random.between(7, 16), random.between(0, 59)), Qt::UTC);
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Settings settings, const PostalCodeTable& postalCodes)
    : m_settings(std::move(settings))
    , m_random(m_settings.seed)
    , m_places(postalCodes)
    , m_names(m_random)
    , m_details(m_random, m_names)
    , m_sequence(m_settings.firstSequence)
    , m_usedBusinessIds(size_t(businessIdHigh + 1), false)
{
    if (!m_settings.today.isValid())
        m_settings.today = QDate::currentDate();
    for (int i = 0; i < CounterCount + m_settings.groupCompanies.size(); ++i)
        m_counters.append(0);
}

CustomerKind DemoDataGenerator::drawKind()
{
    // Per mille. A parish union (two in a thousand) brings 3–12 parishes after it.
    static constexpr int weights[] = {760, 100, 70, 35, 3, 2};
    static constexpr CustomerKind kinds[] = {CustomerKind::Company, CustomerKind::Association,
                                             CustomerKind::Person,  CustomerKind::PublicBody,
                                             CustomerKind::Parish,  CustomerKind::ParishUnion};
    return kinds[m_random.weighted(weights)];
}

bool DemoDataGenerator::drawSwedish(const DemoPlace& place)
{
    // About 5 % overall: most customers in Swedish municipalities, some in bilingual ones.
    switch (place.language) {
    case PostalCodeEntry::MunicipalLanguage::Swedish:
        return m_random.chance(0.85);
    case PostalCodeEntry::MunicipalLanguage::Bilingual:
        return m_random.chance(0.10);
    case PostalCodeEntry::MunicipalLanguage::Finnish:
        return m_random.chance(0.006);
    }
    return false;
}

std::optional<QString> DemoDataGenerator::uniqueName(const std::function<QString()>& make,
                                                     bool mayRepeat)
{
    // Names of organisations are unique in the trade register; a few tries keep them mostly
    // unique here too. A name that keeps coming back is accepted after that, unless the
    // organisation exists once only (a municipality's parish, a parish union).
    for (int attempt = 0; attempt < 8; ++attempt) {
        QString name = make();
        const size_t key = qHash(name, 0);
        if (!m_usedNames.contains(key) || (mayRepeat && attempt == 7)) {
            m_usedNames.insert(key);
            return name;
        }
    }
    return std::nullopt;
}

QString DemoDataGenerator::distinctName(const DemoPlace*& place, bool& swedish,
                                        const std::function<QString()>& make)
{
    // A register of distinct customers has no two organisations of one name: when a place's
    // names run out (a small municipality's associations), the organisation moves to another
    // place; a name that still repeats after that is accepted (a million customers or more).
    for (int round = 0; round < 6; ++round) {
        if (auto name = uniqueName(make, false))
            return *name;
        place = &m_places.drawUniform(m_random);
        swedish = drawSwedish(*place);
    }
    return *uniqueName(make, true);
}

QString DemoDataGenerator::businessId()
{
    for (;;) {
        const int body = m_random.between(businessIdLow, businessIdHigh);
        if (m_usedBusinessIds[size_t(body)])
            continue;
        const QString digits = QStringLiteral("%1").arg(body, 7, 10, QLatin1Char('0'));
        const int check = BusinessId::checkDigit(digits);
        if (check < 0)
            continue;
        m_usedBusinessIds[size_t(body)] = true;
        return digits + u'-' + QString::number(check);
    }
}

QString DemoDataGenerator::counted(int counter, qint64 base)
{
    return QString::number(base + m_settings.firstSequence + ++m_counters[counter]);
}

void DemoDataGenerator::setStatusAndDates(Customer& customer)
{
    const bool institution = customer.kind == CustomerKind::Parish ||
                             customer.kind == CustomerKind::ParishUnion ||
                             customer.kind == CustomerKind::PublicBody;
    const int activeShare = institution ? 85 : 75;
    const int weights[] = {institution ? 10 : 15, activeShare, institution ? 5 : 10};
    static constexpr CustomerStatus statuses[] = {CustomerStatus::Prospect, CustomerStatus::Active,
                                                  CustomerStatus::Former};
    customer.status = statuses[m_random.weighted(weights)];

    const QList<qint64>& owners = m_settings.accountManagerIds;
    const double ownedShare = customer.status == CustomerStatus::Prospect ? 0.7 : 0.92;
    if (!owners.isEmpty() && m_random.chance(ownedShare))
        customer.ownerId = owners.at(qsizetype(m_random.below(quint64(owners.size()))));

    // The register took over from the legacy systems in 2008.
    const QDate first(2008, 1, 7);
    const qint64 days = std::max<qint64>(1, first.daysTo(m_settings.today.addDays(-1)));
    const QDate created = first.addDays(qint64(m_random.below(quint64(days))));
    customer.createdAt = at(created, m_random);
    const qint64 since = std::max<qint64>(1, created.daysTo(m_settings.today.addDays(-1)));
    customer.changedAt = std::max(
        customer.createdAt, at(created.addDays(qint64(m_random.below(quint64(since)))), m_random));
    if (m_random.chance(0.08))
        customer.notes = m_random.pick(words::customerNotes()).toString();
}

void DemoDataGenerator::addRelationships(Customer& customer)
{
    const auto& companies = m_settings.groupCompanies;
    if (companies.isEmpty())
        return;
    static constexpr int activeWeights[] = {40, 32, 18, 8, 2};
    static constexpr int formerWeights[] = {75, 25};
    int count = 0;
    switch (customer.status) {
    case CustomerStatus::Active:
        count = int(m_random.weighted(activeWeights)) + 1;
        break;
    case CustomerStatus::Former:
        count = int(m_random.weighted(formerWeights)) + 1;
        break;
    case CustomerStatus::Prospect:
        count = m_random.chance(0.3) ? 1 : 0;
        break;
    }
    count = std::min<int>(count, int(companies.size()));

    // Distinct companies: the first count of a partial shuffle.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < companies.size(); ++i)
        order.append(i);
    for (int i = 0; i < count; ++i) {
        const qsizetype j = i + qsizetype(m_random.below(quint64(order.size() - i)));
        std::swap(order[i], order[j]);
        const qsizetype company = order.at(i);
        Relationship relationship;
        relationship.companyId = companies.at(company).id;
        if (customer.status == CustomerStatus::Prospect) {
            relationship.status = RelationshipStatus::Prospect;
        } else {
            // Relationships often predate the register: they came with the legacy systems.
            const QDate earliest(1992, 1, 1);
            const QDate latest = customer.createdAt.date();
            relationship.since =
                earliest.addDays(qint64(m_random.below(quint64(earliest.daysTo(latest) + 1))));
            relationship.customerNumber = counted(CounterCount + int(company), customerNumberBase);
            const bool ended =
                customer.status == CustomerStatus::Former || (i > 0 && m_random.chance(0.1));
            relationship.status = ended ? RelationshipStatus::Ended : RelationshipStatus::Active;
        }
        customer.relationships.append(relationship);
    }
}

void DemoDataGenerator::addSourceKeys(Customer& customer)
{
    const auto add = [&customer](const QString& system, const QString& key) {
        customer.sourceKeys.append({0, system, key});
    };
    // Prospects came from the hand-kept prospect list, which had no keys.
    if (customer.status == CustomerStatus::Prospect && m_random.chance(0.8))
        return;
    switch (customer.kind) {
    case CustomerKind::Parish:
        if (m_random.chance(0.9))
            add(enterprise,
                QStringLiteral("SRK") + counted(EnterpriseParish, counterBases[EnterpriseParish]));
        break;
    case CustomerKind::ParishUnion:
        if (m_random.chance(0.9))
            add(enterprise,
                QStringLiteral("YHT") + counted(EnterpriseUnion, counterBases[EnterpriseUnion]));
        break;
    case CustomerKind::Person:
        if (m_random.chance(0.6))
            add(subscribers, counted(Subscribers, counterBases[Subscribers]));
        break;
    default:
        if (m_random.chance(0.5))
            add(sonet, counted(Sonet, counterBases[Sonet]));
        if (m_random.chance(0.35))
            add(subscribers, counted(Subscribers, counterBases[Subscribers]));
        break;
    }
    // The events system saw every kind of customer.
    if (m_random.chance(customer.kind == CustomerKind::Person ? 0.3 : 0.2))
        add(cirix, counted(Cirix, counterBases[Cirix]));
}

GeneratedCustomer DemoDataGenerator::next()
{
    GeneratedCustomer generated;
    generated.sequence = m_sequence++;
    Customer& customer = generated.customer;

    const DemoPlace* place = nullptr;
    bool swedish = false;
    if (m_union.parishesLeft > 0) {
        // The parishes of a union follow it, in its municipality.
        customer.kind = CustomerKind::Parish;
        place = m_union.place;
        // A bilingual union has a Swedish parish or two among the Finnish ones.
        swedish = place->language != PostalCodeEntry::MunicipalLanguage::Finnish &&
                  m_random.chance(m_union.swedish ? 0.5 : 0.15);
        generated.parentSequence = m_union.sequence;
        QString name;
        for (int attempt = 0; attempt < 8 && (name.isEmpty() || m_union.names.contains(name));
             ++attempt) {
            name = m_names.unionParish(*place, swedish, m_union.ordinal);
            swedish = swedish && !m_union.names.contains(name);
        }
        m_union.names.insert(name);
        customer.name = name;
        ++m_union.ordinal;
        --m_union.parishesLeft;
    } else {
        customer.kind = drawKind();
        switch (customer.kind) {
        case CustomerKind::Company:
        case CustomerKind::Person:
            place = &m_places.drawByAddresses(m_random);
            break;
        case CustomerKind::ParishUnion:
            // Mostly in towns; elsewhere a municipality has a parish of its own.
            place = m_random.chance(0.5) ? &m_places.drawTown(m_random)
                                         : &m_places.drawUniform(m_random);
            break;
        default:
            place = &m_places.drawUniform(m_random);
            break;
        }
        swedish = drawSwedish(*place);
    }
    customer.language = swedish ? Language::Swedish : Language::Finnish;

    PersonName person;
    switch (customer.kind) {
    case CustomerKind::Person:
        person = m_names.person(swedish);
        customer.name = person.first + u' ' + person.last;
        break;
    case CustomerKind::Company:
        break;
    case CustomerKind::Association:
        customer.name =
            distinctName(place, swedish, [&] { return m_names.association(*place, swedish); });
        break;
    case CustomerKind::PublicBody:
        customer.name =
            distinctName(place, swedish, [&] { return m_names.publicBody(*place, swedish); });
        break;
    case CustomerKind::ParishUnion:
        if (auto name = uniqueName([&] { return m_names.parishUnion(*place, swedish); }, false)) {
            customer.name = *name;
            m_union =
                UnionInProgress{place, generated.sequence, swedish, m_random.between(3, 12), 0, {}};
        } else {
            customer.kind = CustomerKind::Company; // every municipality has its union already
        }
        break;
    case CustomerKind::Parish:
        if (customer.name.isEmpty()) {
            if (auto name = uniqueName([&] { return m_names.parish(*place, swedish); }, false))
                customer.name = *name;
            else
                customer.kind = CustomerKind::Company;
        }
        break;
    }
    if (customer.kind == CustomerKind::Company)
        customer.name =
            distinctName(place, swedish, [&] { return m_names.company(*place, swedish); });
    customer.language = swedish ? Language::Swedish : Language::Finnish; // the place may move

    const bool withBusinessId = customer.kind == CustomerKind::Company ? m_random.chance(0.97)
                                : customer.kind == CustomerKind::Association
                                    ? m_random.chance(0.7)
                                    : customer.kind != CustomerKind::Person;
    if (withBusinessId)
        customer.businessId = businessId();
    setStatusAndDates(customer);
    m_details.addAddresses(customer, *place, swedish);
    m_details.addChannelsAndContacts(customer, *place, swedish,
                                     customer.kind == CustomerKind::Person ? &person : nullptr);
    addRelationships(customer);
    addSourceKeys(customer);
    generated.timeline = m_details.timeline(customer, m_settings.groupCompanies,
                                            m_settings.accountManagerIds, m_settings.today);
    return generated;
}

} // namespace luotsi::core

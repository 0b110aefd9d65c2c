#include "core/demo/DemoDataGenerator.h"
#include "core/demo/DemoPlaces.h"
#include "core/demo/FinnishInflection.h"
#include "core/register/BusinessId.h"
#include "core/register/CustomerValidator.h"
#include "core/register/PostalCodeTable.h"
#include "core/register/RegisterVocabulary.h"

#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

using namespace luotsi::core;
using luotsi::core::demo::FinnishInflection;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

DemoDataGenerator::Settings settings(quint32 seed = 7)
{
    DemoDataGenerator::Settings s;
    s.seed = seed;
    s.groupCompanies = {
        {1, QStringLiteral("PAINO"), QStringLiteral("Paino Oy"), QStringLiteral("Painotuotteet")},
        {2, QStringLiteral("MEDIA"), QStringLiteral("Media Oy"), QStringLiteral("Media")},
        {3, QStringLiteral("LOG"), QStringLiteral("Logistiikka Oy"), QStringLiteral("Jakelu")},
        {4, QStringLiteral("KUST"), QStringLiteral("Kustannus Oy"), QStringLiteral("Kirjat")},
        {5, QStringLiteral("VIEST"), QStringLiteral("Viestintä Oy"), QStringLiteral("Viestintä")}};
    for (qint64 id = 10; id < 30; ++id)
        s.accountManagerIds.append(id);
    s.today = QDate(2026, 11, 23);
    return s;
}

QList<GeneratedCustomer> generate(int count, const DemoDataGenerator::Settings& s = settings())
{
    DemoDataGenerator generator(s, PostalCodeTable::builtIn());
    EXPECT_TRUE(generator.isValid());
    QList<GeneratedCustomer> customers;
    for (int i = 0; i < count; ++i)
        customers.append(generator.next());
    return customers;
}

// One sample shared by the tests that look at a large stream.
const QList<GeneratedCustomer>& sample()
{
    static const QList<GeneratedCustomer> customers = generate(20000);
    return customers;
}

bool sameTimeline(const QList<TimelineEntry>& a, const QList<TimelineEntry>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].occurredAt != b[i].occurredAt ||
            a[i].authorId != b[i].authorId || a[i].subject != b[i].subject ||
            a[i].body != b[i].body)
            return false;
    }
    return true;
}

} // namespace

TEST(PostalCodeTable, ReadsTheBuiltInPostiFile)
{
    const PostalCodeTable& table = PostalCodeTable::builtIn();
    ASSERT_EQ(table.entries().size(), 3779);
    const PostalCodeEntry* helsinki = table.find(QStringLiteral("00100"));
    ASSERT_NE(helsinki, nullptr);
    EXPECT_EQ(helsinki->postOffice, QStringLiteral("Helsinki"));
    EXPECT_EQ(helsinki->postOfficeSv, QStringLiteral("Helsingfors"));
    EXPECT_EQ(helsinki->municipality, QStringLiteral("Helsinki"));
    EXPECT_EQ(helsinki->type, PostalCodeEntry::Type::Street);
    EXPECT_EQ(helsinki->language, PostalCodeEntry::MunicipalLanguage::Bilingual);
    EXPECT_EQ(table.find(QStringLiteral("00121"))->type, PostalCodeEntry::Type::PoBox);
    EXPECT_EQ(table.find(QStringLiteral("00100 ")) /* not trimmed */, nullptr);
    EXPECT_EQ(table.find(QStringLiteral("99999"))->postOffice, QStringLiteral("Korvatunturi"));
}

TEST(PostalCodeTable, TitleCasesPostOffices)
{
    EXPECT_EQ(PostalCodeTable::titleCase(QStringLiteral("JYVÄSKYLÄ")), QStringLiteral("Jyväskylä"));
    EXPECT_EQ(PostalCodeTable::titleCase(QStringLiteral("MÄNTTÄ-VILPPULA")),
              QStringLiteral("Mänttä-Vilppula"));
    EXPECT_EQ(PostalCodeTable::titleCase(QStringLiteral("HOLLOLA KK")),
              QStringLiteral("Hollola kk"));
    EXPECT_EQ(PostalCodeTable::titleCase(QStringLiteral("PERNAJAN VANHAKYLÄ")),
              QStringLiteral("Pernajan Vanhakylä"));
}

TEST(PostalCodeTable, RejectsAFileWithMissingColumns)
{
    const auto table =
        PostalCodeTable::fromCsv("postcode;name\n00100;HELSINKI\n", QStringLiteral("test.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().where, QStringLiteral("test.csv:2"));
}

TEST(FinnishInflection, Genitives)
{
    using Noun = FinnishInflection::Noun;
    const auto municipality = [](const char* name) {
        return FinnishInflection::genitive(QString::fromUtf8(name), Noun::Municipality)
            .value_or(QString());
    };
    EXPECT_EQ(municipality("Vantaa"), QStringLiteral("Vantaan"));
    EXPECT_EQ(municipality("Helsinki"), QStringLiteral("Helsingin"));
    EXPECT_EQ(municipality("Tampere"), QStringLiteral("Tampereen"));
    EXPECT_EQ(municipality("Seinäjoki"), QStringLiteral("Seinäjoen"));
    EXPECT_EQ(municipality("Lappeenranta"), QStringLiteral("Lappeenrannan"));
    EXPECT_EQ(municipality("Kauniainen"), QStringLiteral("Kauniaisten"));
    EXPECT_EQ(municipality("Hanko"), QStringLiteral("Hangon"));
    EXPECT_EQ(municipality("Kotka"), QStringLiteral("Kotkan"));
    EXPECT_EQ(municipality("Turku"), QStringLiteral("Turun"));
    EXPECT_EQ(municipality("Saltvik"), QStringLiteral("Saltvikin"));
    EXPECT_EQ(FinnishInflection::genitive(QStringLiteral("Virtanen"), Noun::Surname),
              QStringLiteral("Virtasen"));
    EXPECT_EQ(FinnishInflection::genitive(QStringLiteral("Koski"), Noun::Surname),
              QStringLiteral("Kosken"));
    EXPECT_EQ(FinnishInflection::genitive(QStringLiteral("Laine"), Noun::Surname),
              QStringLiteral("Laineen"));
    // A village name the rules are unsure of gets no genitive rather than a wrong one.
    EXPECT_FALSE(FinnishInflection::genitive(QStringLiteral("Lehto"), Noun::Village).has_value() &&
                 *FinnishInflection::genitive(QStringLiteral("Lehto"), Noun::Village) !=
                     QStringLiteral("Lehdon"));
    EXPECT_FALSE(FinnishInflection::genitive(QStringLiteral("Palus"), Noun::Village).has_value());
    EXPECT_EQ(FinnishInflection::asciiFold(QStringLiteral("Marja-Leena Åström & Co"), u"-"),
              QStringLiteral("marja-leenaastromco"));
}

TEST(DemoPlaces, EveryMunicipalityOfTheTableIsAPlace)
{
    const luotsi::core::demo::DemoPlaces places(PostalCodeTable::builtIn());
    // 301 of 308 municipalities have a street code named after themselves.
    EXPECT_EQ(places.places().size(), 301);
    for (const auto& place : places.places()) {
        EXPECT_FALSE(place.genitive.isEmpty()) << str(place.name);
        EXPECT_FALSE(place.streetCodes.isEmpty()) << str(place.name);
        EXPECT_TRUE(place.domain.endsWith(QStringLiteral(".fi"))) << str(place.name);
    }
}

TEST(DemoDataGenerator, SameSeedSameCustomers)
{
    const auto first = generate(3000);
    const auto second = generate(3000);
    ASSERT_EQ(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        ASSERT_EQ(first[i].customer, second[i].customer) << i;
        ASSERT_EQ(first[i].parentSequence, second[i].parentSequence) << i;
        ASSERT_TRUE(sameTimeline(first[i].timeline, second[i].timeline)) << i;
    }
    const auto other = generate(100, settings(8));
    int same = 0;
    for (qsizetype i = 0; i < other.size(); ++i)
        same += other[i].customer.name == first[i].customer.name ? 1 : 0;
    EXPECT_LT(same, 5);
}

TEST(DemoDataGenerator, EveryCustomerIsCanonicalAndValid)
{
    for (const GeneratedCustomer& generated : sample()) {
        const Customer& c = generated.customer;
        // Stored as generated: the values must already be what a save would make of them.
        ASSERT_EQ(CustomerValidator::normalized(c), c) << str(c.name);
        const auto issues = CustomerValidator::validate(c);
        ASSERT_FALSE(CustomerValidator::hasErrors(issues))
            << str(c.name) << ": " << str(issues.constFirst().field) << " "
            << str(issues.constFirst().message);
        ASSERT_FALSE(c.addresses.isEmpty()) << str(c.name);
        ASSERT_FALSE(c.channels.isEmpty()) << str(c.name);
        ASSERT_EQ(c.isOrganisation(), !c.contacts.isEmpty()) << str(c.name);
        ASSERT_TRUE(c.createdAt.isValid() && c.createdAt <= c.changedAt) << str(c.name);
        ASSERT_LT(c.changedAt.date(), QDate(2026, 11, 23)) << str(c.name);
        for (const TimelineEntry& entry : generated.timeline) {
            ASSERT_GT(entry.occurredAt, c.createdAt) << str(c.name);
            ASSERT_FALSE(entry.subject.isEmpty() || entry.body.isEmpty()) << str(c.name);
            ASSERT_FALSE(entry.body.contains(QLatin1String("%1"))) << str(entry.body);
        }
    }
}

TEST(DemoDataGenerator, BusinessIdsAreValidAndUnique)
{
    QSet<QString> seen;
    for (const GeneratedCustomer& generated : sample()) {
        const Customer& c = generated.customer;
        if (c.kind == CustomerKind::Person) {
            ASSERT_TRUE(c.businessId.isEmpty()) << str(c.name);
            continue;
        }
        if (c.businessId.isEmpty())
            continue;
        ASSERT_TRUE(BusinessId::isValid(c.businessId)) << str(c.businessId);
        ASSERT_FALSE(seen.contains(c.businessId)) << str(c.businessId);
        seen.insert(c.businessId);
    }
    EXPECT_GT(seen.size(), 17000);
}

TEST(DemoDataGenerator, AddressesUseRealPostalCodesAndTheirMunicipality)
{
    const PostalCodeTable& table = PostalCodeTable::builtIn();
    for (const GeneratedCustomer& generated : sample()) {
        for (const Address& address : generated.customer.addresses) {
            const PostalCodeEntry* entry = table.find(address.postalCode);
            ASSERT_NE(entry, nullptr) << str(address.postalCode);
            ASSERT_TRUE(entry->type == PostalCodeEntry::Type::Street ||
                        entry->type == PostalCodeEntry::Type::PoBox)
                << str(address.postalCode);
            ASSERT_EQ(address.city, entry->municipality) << str(address.postalCode);
            ASSERT_EQ(address.city, entry->postOffice) << str(address.postalCode);
            const bool box = address.street.startsWith(QLatin1String("PL ")) ||
                             address.street.startsWith(QLatin1String("PB "));
            ASSERT_EQ(box, entry->type == PostalCodeEntry::Type::PoBox) << str(address.street);
        }
    }
}

TEST(DemoDataGenerator, MixesKindsStatusesAndLanguages)
{
    QHash<CustomerKind, int> kinds;
    QHash<CustomerStatus, int> statuses;
    int swedish = 0;
    int withOwner = 0;
    int relationships = 0;
    int timeline = 0;
    const auto& companies = settings().groupCompanies;
    for (const GeneratedCustomer& generated : sample()) {
        const Customer& c = generated.customer;
        ++kinds[c.kind];
        ++statuses[c.status];
        swedish += c.language == Language::Swedish ? 1 : 0;
        withOwner += c.ownerId != 0 ? 1 : 0;
        relationships += int(c.relationships.size());
        timeline += int(generated.timeline.size());
        EXPECT_LE(generated.timeline.size(), 5);
        EXPECT_TRUE(c.ownerId == 0 || settings().accountManagerIds.contains(c.ownerId));
        QSet<qint64> related;
        for (const Relationship& r : c.relationships) {
            EXPECT_TRUE(std::any_of(companies.begin(), companies.end(),
                                    [&](const GroupCompany& g) { return g.id == r.companyId; }));
            related.insert(r.companyId);
            EXPECT_EQ(r.status == RelationshipStatus::Prospect,
                      c.status == CustomerStatus::Prospect);
        }
        EXPECT_EQ(related.size(), c.relationships.size()) << str(c.name);
    }
    const int total = int(sample().size());
    for (CustomerKind kind : vocabulary::allValues<CustomerKind>())
        EXPECT_GT(kinds.value(kind), 0) << str(vocabulary::code(kind));
    EXPECT_GT(kinds.value(CustomerKind::Company), total / 2);
    EXPECT_GT(statuses.value(CustomerStatus::Active), total / 2);
    EXPECT_GT(statuses.value(CustomerStatus::Prospect), total / 20);
    EXPECT_GT(statuses.value(CustomerStatus::Former), total / 20);
    // Finland-Swedish customers are about 5 %.
    EXPECT_GT(swedish, total * 2 / 100);
    EXPECT_LT(swedish, total * 10 / 100);
    EXPECT_GT(withOwner, total * 3 / 4);
    EXPECT_GT(relationships, total);
    EXPECT_GT(timeline, total);
}

TEST(DemoDataGenerator, ParishesFollowTheirUnion)
{
    QHash<qint64, const GeneratedCustomer*> bySequence;
    int unionParishes = 0;
    for (const GeneratedCustomer& generated : sample()) {
        bySequence.insert(generated.sequence, &generated);
        if (generated.parentSequence < 0)
            continue;
        const GeneratedCustomer* parent = bySequence.value(generated.parentSequence);
        ASSERT_NE(parent, nullptr) << "the parent comes first";
        EXPECT_EQ(generated.customer.kind, CustomerKind::Parish);
        EXPECT_EQ(parent->customer.kind, CustomerKind::ParishUnion);
        EXPECT_EQ(generated.customer.mainCity(), parent->customer.mainCity());
        ++unionParishes;
    }
    EXPECT_GT(unionParishes, 100);
    for (const GeneratedCustomer& generated : sample()) {
        if (generated.customer.kind != CustomerKind::ParishUnion)
            continue;
        EXPECT_TRUE(generated.customer.name.contains(QStringLiteral("seurakuntayhtymä")) ||
                    generated.customer.name.contains(QStringLiteral("samfällighet")))
            << str(generated.customer.name);
    }
}

TEST(DemoDataGenerator, NamesAreMostlyDistinct)
{
    QSet<QString> names;
    QSet<QString> sourceKeys;
    for (const GeneratedCustomer& generated : sample()) {
        names.insert(generated.customer.name);
        for (const SourceKey& key : generated.customer.sourceKeys) {
            const QString both = key.sourceSystem + u'/' + key.key;
            ASSERT_FALSE(sourceKeys.contains(both)) << str(both);
            sourceKeys.insert(both);
        }
    }
    EXPECT_GE(names.size(), sample().size() * 95 / 100);
}

TEST(DemoDataGenerator, ContinuesKeysAfterAnEarlierRun)
{
    auto later = settings();
    later.firstSequence = 20000;
    const auto continued = generate(2000, later);
    EXPECT_EQ(continued.constFirst().sequence, 20000);
    QSet<QString> earlier;
    for (const GeneratedCustomer& generated : sample()) {
        for (const SourceKey& key : generated.customer.sourceKeys)
            earlier.insert(key.sourceSystem + u'/' + key.key);
    }
    for (const GeneratedCustomer& generated : continued) {
        for (const SourceKey& key : generated.customer.sourceKeys)
            ASSERT_FALSE(earlier.contains(key.sourceSystem + u'/' + key.key)) << str(key.key);
    }
}

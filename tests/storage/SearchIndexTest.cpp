#include "core/storage/SearchIndex.h"
#include "core/register/CustomerService.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;

namespace {

Address visiting(const QString& street, const QString& postalCode, const QString& city)
{
    return {0, AddressKind::Visiting, street, postalCode, city, QStringLiteral("FI")};
}

// A few customers created through the service (so normalised and indexed the way the card
// does it), and searches by everything the index covers.
class SearchIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (HasFailure())
            GTEST_FAIL() << "the temporary register did not open";

        Customer kallio;
        kallio.name = QStringLiteral("Kallion seurakunta");
        kallio.kind = CustomerKind::Parish;
        kallio.addresses = {visiting(QStringLiteral("Itäinen Papinkatu 2"), QStringLiteral("00530"),
                                     QStringLiteral("Helsinki"))};
        kallio.contacts = {{0,
                            QStringLiteral("Matti"),
                            QStringLiteral("Meikäläinen"),
                            {},
                            {},
                            QStringLiteral("040 123 4567"),
                            QStringLiteral("matti.meikalainen@evl.fi")}};
        kallio.channels = {{0, ChannelKind::Email, QStringLiteral("kallio@evl.fi"), {}}};
        m_kallio = create(kallio);

        Customer hame;
        hame.name = QStringLiteral("Hämeenlinnan seurakuntayhtymä");
        hame.kind = CustomerKind::ParishUnion;
        hame.addresses = {visiting(QStringLiteral("Rauhankatu 14"), QStringLiteral("13100"),
                                   QStringLiteral("Hämeenlinna"))};
        m_hame = create(hame);

        Customer jyvaskyla;
        jyvaskyla.name = QStringLiteral("Jyväskylän kaupunki");
        jyvaskyla.kind = CustomerKind::PublicBody;
        jyvaskyla.addresses = {visiting(QStringLiteral("Hannikaisenkatu 17"),
                                        QStringLiteral("40100"), QStringLiteral("Jyväskylä"))};
        m_jyvaskyla = create(jyvaskyla);

        // Jyväskylä only as its city.
        Customer coop;
        coop.name = QStringLiteral("Keski-Suomen Osuuskauppa");
        coop.businessId = QStringLiteral("0112038-9");
        coop.addresses = {visiting(QStringLiteral("Vapaudenkatu 46"), QStringLiteral("40100"),
                                   QStringLiteral("Jyväskylä"))};
        m_coop = create(coop);

        Customer abo;
        abo.name = QStringLiteral("Åbo Akademi");
        abo.kind = CustomerKind::Association;
        abo.addresses = {visiting(QStringLiteral("Tuomiokirkontori 3"), QStringLiteral("20500"),
                                  QStringLiteral("Turku"))};
        m_abo = create(abo);

        Customer pirkka;
        pirkka.name = QStringLiteral("Pirkan Konepaja Oy");
        pirkka.businessId = QStringLiteral("0109862-8");
        pirkka.addresses = {visiting(QStringLiteral("Hatanpään valtatie 24"),
                                     QStringLiteral("33100"), QStringLiteral("Tampere"))};
        pirkka.contacts = {{0,
                            QStringLiteral("Liisa"),
                            QStringLiteral("Virtanen"),
                            {},
                            {},
                            QStringLiteral("+358 50 987 6543"),
                            {}}};
        pirkka.channels = {
            {0, ChannelKind::Email, QStringLiteral("myynti@konepaja.fi"), {}},
            {0, ChannelKind::Phone, QStringLiteral("03 2125 000"), QStringLiteral("vaihde")}};
        m_pirkka = create(pirkka);

        Customer kallioinen;
        kallioinen.name = QStringLiteral("Kallioinen Rakennus Oy");
        kallioinen.addresses = {visiting(QStringLiteral("Kauppakatu 1"), QStringLiteral("02100"),
                                         QStringLiteral("Espoo"))};
        m_kallioinen = create(kallioinen);
    }

    CustomerService& service() { return m_register.workspace().customers(); }

    Customer create(const Customer& customer)
    {
        auto created = service().create(customer);
        if (!created) {
            ADD_FAILURE() << created.error().text().toStdString();
            return customer;
        }
        return *created;
    }

    // The ids quick search finds for text, sorted; a failed search fails the test.
    QList<qint64> found(const QString& text)
    {
        const auto refs = service().quickSearch(text, 100);
        if (!refs) {
            ADD_FAILURE() << text.toStdString() << ": " << refs.error().text().toStdString();
            return {};
        }
        QList<qint64> ids;
        for (const CustomerRef& ref : *refs)
            ids.append(ref.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static QList<qint64> ids(std::initializer_list<const Customer*> customers)
    {
        QList<qint64> list;
        for (const Customer* c : customers)
            list.append(c->id);
        std::sort(list.begin(), list.end());
        return list;
    }

    test::TemporaryRegister m_register;
    Customer m_kallio, m_hame, m_jyvaskyla, m_coop, m_abo, m_pirkka, m_kallioinen;
};

} // namespace

TEST_F(SearchIndexTest, NamePrefix)
{
    EXPECT_EQ(found(QStringLiteral("Kallio")), ids({&m_kallio, &m_kallioinen}));
    EXPECT_EQ(found(QStringLiteral("kallion")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("KONEPA")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("Akademi")), ids({&m_abo}));
    EXPECT_TRUE(found(QStringLiteral("Nokia")).isEmpty());
}

TEST_F(SearchIndexTest, DiacriticsAndCaseDoNotMatter)
{
    for (const char* text :
         {"Hameenlinna", "hämeenl", "HÄMEENLINNAN", "hameenlinnan seurakuntayhtyma"})
        EXPECT_EQ(found(QString::fromUtf8(text)), ids({&m_hame})) << text;
    // The city and the customer named after it.
    for (const char* text : {"Jyvaskyla", "jyväskylä", "JYVÄS"})
        EXPECT_EQ(found(QString::fromUtf8(text)), ids({&m_jyvaskyla, &m_coop})) << text;
    for (const char* text : {"Åbo", "abo", "ÅBO", "åbo akademi"})
        EXPECT_EQ(found(QString::fromUtf8(text)), ids({&m_abo})) << text;
}

TEST_F(SearchIndexTest, BusinessIdWithAndWithoutDash)
{
    EXPECT_EQ(found(QStringLiteral("0109862-8")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("01098628")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("0109862")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("0112038-9")), ids({&m_coop}));
    EXPECT_EQ(found(QStringLiteral("01120389")), ids({&m_coop}));
    EXPECT_TRUE(found(QStringLiteral("0109862-9")).isEmpty());
}

TEST_F(SearchIndexTest, CityAndPostalCode)
{
    EXPECT_EQ(found(QStringLiteral("Tampere")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("turku")), ids({&m_abo}));
    EXPECT_EQ(found(QStringLiteral("13100")), ids({&m_hame}));
    EXPECT_EQ(found(QStringLiteral("40100")), ids({&m_jyvaskyla, &m_coop}));
}

TEST_F(SearchIndexTest, ContactPersonName)
{
    EXPECT_EQ(found(QStringLiteral("Meikäläinen")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("meikalainen")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("Liisa Virtanen")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("virtan")), ids({&m_pirkka}));
}

TEST_F(SearchIndexTest, PhoneInE164AndCompactNationalForm)
{
    // The card stores E.164; the index holds that and the national form.
    ASSERT_EQ(m_kallio.contacts.at(0).phone, QStringLiteral("+358401234567"));
    EXPECT_EQ(found(QStringLiteral("+358401234567")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("358401234567")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("0401234567")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("040123")), ids({&m_kallio}));
    // A contact's phone and a customer's own phone channel both count.
    EXPECT_EQ(found(QStringLiteral("+358509876543")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("0509876543")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("+35832125000")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("032125000")), ids({&m_pirkka}));
}

// People type phone numbers in groups ("040 123 4567", as PhoneNumber::toNational prints them)
// while the index holds each number as one token ("0401234567"): the query must join the groups.
TEST_F(SearchIndexTest, PhoneInNationalFormWithSpaces)
{
    EXPECT_EQ(found(QStringLiteral("040 123 4567")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("050 987 6543")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("+358 40 123 4567")), ids({&m_kallio}));
}

TEST_F(SearchIndexTest, Email)
{
    EXPECT_EQ(found(QStringLiteral("myynti@konepaja.fi")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("matti.meikalainen@evl.fi")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("kallio@evl.fi")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("konepaja.fi")), ids({&m_pirkka}));
    EXPECT_TRUE(found(QStringLiteral("myynti@kallio.fi")).isEmpty());
}

TEST_F(SearchIndexTest, EveryWordMustMatch)
{
    EXPECT_EQ(found(QStringLiteral("seurakunta")), ids({&m_kallio, &m_hame}));
    EXPECT_EQ(found(QStringLiteral("Kallio seurakunta")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("seurakunta Hämeenlinna")), ids({&m_hame}));
    EXPECT_EQ(found(QStringLiteral("seurakunta Helsinki")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("Oy Espoo")), ids({&m_kallioinen}));
    EXPECT_TRUE(found(QStringLiteral("Kallio Tampere")).isEmpty());
}

TEST_F(SearchIndexTest, SavedRenameAndRemovedContactUpdateTheIndex)
{
    Customer renamed = m_pirkka;
    renamed.name = QStringLiteral("Tampereen Konepaja Oy");
    renamed.contacts.clear();
    const auto saved = service().save(renamed);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();

    EXPECT_TRUE(found(QStringLiteral("Pirkan")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("Tampereen Konepaja")), ids({&m_pirkka}));
    EXPECT_TRUE(found(QStringLiteral("Virtanen")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("+358509876543")).isEmpty());
    // The rest of its document is still there.
    EXPECT_EQ(found(QStringLiteral("0109862-8")), ids({&m_pirkka}));
    EXPECT_EQ(found(QStringLiteral("myynti")), ids({&m_pirkka}));
}

TEST_F(SearchIndexTest, RemovedCustomerDisappears)
{
    ASSERT_TRUE(service().remove(m_pirkka.id));
    for (const char* text :
         {"Pirkan", "0109862-8", "Tampere", "Virtanen", "myynti", "+358509876543"})
        EXPECT_TRUE(found(QString::fromUtf8(text)).isEmpty()) << text;
    CustomerQuery query;
    query.searchText = QStringLiteral("Pirkan");
    EXPECT_EQ(test::valueOf(service().count(query)), 0);
    EXPECT_EQ(found(QStringLiteral("Kallio")), ids({&m_kallio, &m_kallioinen}));
}

TEST_F(SearchIndexTest, SpecialCharactersAreTextNotQuerySyntax)
{
    const char* texts[] = {"\"",
                           "*",
                           "-",
                           "OR",
                           "(",
                           ")",
                           "\"Kallio",
                           "Kallio\"",
                           "Kallio*",
                           "(Kallio",
                           "-Kallio",
                           "Kallio OR Åbo",
                           "NOT Kallio",
                           "Kallio AND",
                           "NEAR(Kallio seurakunta)",
                           "name:Kallio",
                           "Kallio^",
                           "^",
                           ":",
                           "'",
                           "+",
                           "Kallio'",
                           "a\"b",
                           "\"Kallion seurakunta\"",
                           "{name}: x",
                           "** --",
                           "\"\"",
                           "🙂",
                           "Kallio\tseurakunta",
                           "x OR",
                           "OR OR OR"};
    for (const char* text : texts) {
        const QString query = QString::fromUtf8(text);
        SCOPED_TRACE(text);
        const auto quick = service().quickSearch(query, 10);
        EXPECT_TRUE(quick) << quick.error().text().toStdString();
        CustomerQuery list;
        list.searchText = query;
        const auto count = service().count(list);
        EXPECT_TRUE(count) << count.error().text().toStdString();
        const auto page = service().fetchAfter(list, std::nullopt, 10);
        EXPECT_TRUE(page) << page.error().text().toStdString();
        if (quick && count) {
            EXPECT_EQ(quick->size(), *count);
        }
    }
    // Quotes, stars, brackets and a leading dash are dropped or ignored, not obeyed.
    for (const char* text : {"\"Kallio", "Kallio*", "(Kallio", "-Kallio", "Kallio\""})
        EXPECT_EQ(found(QString::fromUtf8(text)), ids({&m_kallio, &m_kallioinen})) << text;
    EXPECT_EQ(found(QStringLiteral("\"Kallion seurakunta\"")), ids({&m_kallio}));
    // OR is a word to look for, not an operator.
    EXPECT_TRUE(found(QStringLiteral("Kallio OR Åbo")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("NOT Kallio")).isEmpty());
}

TEST_F(SearchIndexTest, EmptyTextFindsNothingWithoutError)
{
    for (const char* text : {"", " ", "   "})
        EXPECT_TRUE(found(QString::fromUtf8(text)).isEmpty()) << '"' << text << '"';
}

TEST_F(SearchIndexTest, RebuildGivesTheSameAnswers)
{
    storage::SearchIndex& index = m_register.workspace().searchIndex();
    ASSERT_TRUE(index.rebuild());
    EXPECT_EQ(found(QStringLiteral("Kallio")), ids({&m_kallio, &m_kallioinen}));
    EXPECT_EQ(found(QStringLiteral("0401234567")), ids({&m_kallio}));
    EXPECT_EQ(found(QStringLiteral("Jyvaskyla")), ids({&m_jyvaskyla, &m_coop}));

    // Reindexing an id with no customer behind it adds no document.
    ASSERT_TRUE(index.reindex(424242));
    const auto direct = index.search(QStringLiteral("Kallio"), 10);
    ASSERT_TRUE(direct);
    EXPECT_EQ(direct->size(), 2);
    const auto limited = index.search(QStringLiteral("Kallio"), 1);
    ASSERT_TRUE(limited);
    EXPECT_EQ(limited->size(), 1);
}

#include "SheetRows.h"

#include "core/importing/cleaning/RecordCleaner.h"
#include "core/importing/mapping/RecordMapper.h"

#include <gtest/gtest.h>

using namespace luotsi::core;
using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;
using luotsi::test::textRow;
using F = TargetField;

namespace {

ColumnMapping mappingOf(const QList<F>& fields)
{
    ColumnMapping m;
    for (qsizetype i = 0; i < fields.size(); ++i)
        m.columns.append({int(i), QString(), fields.at(i), DateOrder::DayFirst});
    return m;
}

CleanRecord cleanRow(const ColumnMapping& m, const QStringList& cells)
{
    return RecordCleaner(m).clean(RecordMapper(m).map(textRow(2, cells)));
}

CleanRecord cleanName(const QString& name)
{
    return cleanRow(mappingOf({F::Name}), {name});
}

bool hasFinding(const CleanRecord& r, F field, CleaningFinding::Level level)
{
    for (const CleaningFinding& f : r.findings) {
        if (f.field == field && f.level == level)
            return true;
    }
    return false;
}

} // namespace

TEST(RecordCleaner, GuessesTheKindFromTheName)
{
    EXPECT_EQ(cleanName(u"Tampereen seurakuntayhtymä"_s).kind, CustomerKind::ParishUnion);
    EXPECT_EQ(cleanName(u"Joensuun srky"_s).kind, CustomerKind::ParishUnion);
    EXPECT_EQ(cleanName(u"Hämeenlinnan srk-yhtymä"_s).kind, CustomerKind::ParishUnion);
    EXPECT_EQ(cleanName(u"Rannan seurakunta"_s).kind, CustomerKind::Parish);
    EXPECT_EQ(cleanName(u"Myllypuron srk"_s).kind, CustomerKind::Parish);
    EXPECT_EQ(cleanName(u"Inarin Urheiluseura r.y."_s).kind, CustomerKind::Association);
    EXPECT_EQ(cleanName(u"Helsingin Metsästysseura RY"_s).kind, CustomerKind::Association);
    EXPECT_EQ(cleanName(u"Rakennus Virtanen Oy"_s).kind, CustomerKind::Company);
    EXPECT_EQ(cleanName(u"Kivituote"_s).kind, CustomerKind::Company);
    EXPECT_EQ(cleanName(u"Myllypuron srk"_s).name, u"Myllypuron seurakunta"_s);
}

TEST(RecordCleaner, PersonsInTheNameColumn)
{
    ColumnMapping m = mappingOf({F::Name, F::BusinessId});
    m.personNameOrder = PersonNameOrder::LastFirst;
    const CleanRecord person = cleanRow(m, {u"Hämäläinen Sirpa"_s});
    EXPECT_EQ(person.kind, CustomerKind::Person);
    EXPECT_EQ(person.name, u"Sirpa Hämäläinen"_s);
    EXPECT_EQ(person.firstName, u"Sirpa"_s);
    EXPECT_EQ(person.lastName, u"Hämäläinen"_s);

    const CleanRecord swapped = cleanRow(m, {u"Päivikki Peltonen"_s});
    EXPECT_EQ(swapped.name, u"Päivikki Peltonen"_s);
    EXPECT_TRUE(hasFinding(swapped, F::Name, CleaningFinding::Level::Fixed));

    EXPECT_EQ(cleanRow(m, {u"VIRTANEN PÄIVI"_s}).name, u"Päivi Virtanen"_s);
    EXPECT_EQ(cleanRow(m, {u"Turunen Tapi"_s}).kind, CustomerKind::Person);
    EXPECT_EQ(cleanRow(m, {u"Turunen Tapi"_s}).name, u"Tapi Turunen"_s);
    // Firms named after a person keep their legal form, trade or business ID.
    EXPECT_EQ(cleanRow(m, {u"Tmi Sirpa Saarinen"_s}).kind, CustomerKind::Company);
    EXPECT_EQ(cleanRow(m, {u"Rakennus Virtanen"_s}).kind, CustomerKind::Company);
    EXPECT_EQ(cleanRow(m, {u"Matti Kärkkäinen"_s, u"1100859-3"_s}).kind, CustomerKind::Company);
}

TEST(RecordCleaner, KindColumnOrConstantWins)
{
    ColumnMapping m = mappingOf({F::Name});
    m.constants.insert(F::Kind, u"parish_union"_s);
    // A typo hides the union from the name; the sheet says what it is.
    const CleanRecord r = cleanRow(m, {u"Porin seurakuntahytymä"_s});
    EXPECT_EQ(r.kind, CustomerKind::ParishUnion);
    const CleanRecord text =
        cleanRow(mappingOf({F::Name, F::Kind}), {u"Laine Anna"_s, u"Yksityinen"_s});
    EXPECT_EQ(text.kind, CustomerKind::Person);
    EXPECT_EQ(text.name, u"Anna Laine"_s);
    const CleanRecord unknown = cleanRow(mappingOf({F::Name, F::Kind}), {u"A Oy"_s, u"muu"_s});
    EXPECT_EQ(unknown.kind, CustomerKind::Company);
    EXPECT_TRUE(hasFinding(unknown, F::Kind, CleaningFinding::Level::Warning));
}

TEST(RecordCleaner, CirixRowsOrganisationsAndPersons)
{
    ColumnMapping m = mappingOf({F::SourceKey, F::Name, F::ContactFirstName, F::ContactLastName,
                                 F::Street, F::PostalCode, F::City, F::Phone, F::Email, F::Notes});
    m.personWhenNoOrganisation = true;
    const CleanRecord organisation =
        cleanRow(m, {u"5003"_s, u"T:MI MATTI KÄRKKÄINEN"_s, u"SAARINEN"_s, u"YRJÖ"_s,
                     u"VALTAKATU 40"_s, u"83500"_s, u"OUTOKUMPU"_s, u"013 544 944"_s,
                     u"YRJO.SAARINEN@MATTIKARKKAINEN.FI"_s, u"EI KUTSUJA"_s});
    EXPECT_EQ(organisation.name, u"Tmi Matti Kärkkäinen"_s);
    EXPECT_EQ(organisation.kind, CustomerKind::Company);
    EXPECT_EQ(organisation.contact.firstName, u"Yrjö"_s);
    EXPECT_EQ(organisation.contact.lastName, u"Saarinen"_s);
    EXPECT_EQ(organisation.street, u"Valtakatu 40"_s);
    EXPECT_EQ(organisation.city, u"Outokumpu"_s);
    EXPECT_EQ(organisation.phones, QStringList{u"+35813544944"_s});
    EXPECT_EQ(organisation.emails, QStringList{u"yrjo.saarinen@mattikarkkainen.fi"_s});
    EXPECT_EQ(organisation.notes, u"EI KUTSUJA"_s);

    const CleanRecord person = cleanRow(m, {u"5008"_s, QString(), u"BJÖRN"_s, u"LEHTONEN"_s,
                                            u"KUUSITIE 46"_s, u"64100"_s, u"KRISTIINANKAUPUNKI"_s});
    EXPECT_EQ(person.kind, CustomerKind::Person);
    EXPECT_EQ(person.name, u"Björn Lehtonen"_s);
    EXPECT_TRUE(person.contact.isEmpty());
    EXPECT_EQ(person.city, u"Kristiinankaupunki"_s);
}

TEST(RecordCleaner, JunkRows)
{
    const ColumnMapping m =
        mappingOf({F::SourceKey, F::Name, F::NameContinuation, F::Street, F::Revenue});
    EXPECT_EQ(cleanRow(m, {}).junk, JunkKind::Blank);
    EXPECT_EQ(cleanRow(m, {QString(), u"Yhteensä"_s, QString(), QString(), u"108 171,01"_s}).junk,
              JunkKind::Total);
    EXPECT_EQ(cleanRow(m, {QString(), u"YHTEENSÄ"_s, QString(), QString(), u"3420824.16"_s}).junk,
              JunkKind::Total);
    EXPECT_EQ(cleanRow(m, {QString(), u"Summa"_s}).junk, JunkKind::Total);
    EXPECT_EQ(cleanRow(m, {QString(), u"Total:"_s}).junk, JunkKind::Total);
    EXPECT_EQ(cleanRow(m, {QString(), QString(), QString(), QString(), u"3420824.16"_s}).junk,
              JunkKind::Total);
    EXPECT_EQ(cleanRow(m, {u"SRK0000"_s, u"TESTI SEURAKUNTA"_s}).junk, JunkKind::Test);
    EXPECT_EQ(cleanRow(m, {u"496290"_s, u"TESTI ASIAKAS"_s}).junk, JunkKind::Test);
    EXPECT_EQ(cleanRow(m, {u"1"_s, u"Test"_s}).junk, JunkKind::Test);
    EXPECT_EQ(cleanRow(m, {u"1"_s, u"testi"_s}).junk, JunkKind::Test);
    EXPECT_EQ(cleanRow(m, {u"11367"_s, u"Asiakas Oy"_s, u"ÄLÄ KÄYTÄ"_s}).junk, JunkKind::Test);
    const CleanRecord noName = cleanRow(m, {u"788605"_s, QString(), QString(), u"Mäntytie 26"_s});
    EXPECT_EQ(noName.junk, JunkKind::NoName);
    EXPECT_FALSE(noName.junkReason.isEmpty());
    EXPECT_TRUE(hasFinding(noName, F::Ignore, CleaningFinding::Level::Rejected));
    // Real names that only contain the words.
    EXPECT_FALSE(cleanRow(m, {u"1"_s, u"Testilaboratorio Oy"_s}).isJunk());
    EXPECT_FALSE(cleanRow(m, {u"1"_s, u"Summanen Oy"_s}).isJunk());
}

TEST(RecordCleaner, SubscriberRowEndToEnd)
{
    ColumnMapping m = mappingOf({F::SourceKey, F::Name, F::NameContinuation, F::CombinedAddress,
                                 F::Phone, F::Email, F::BusinessId, F::CreatedDate, F::EndDate,
                                 F::Revenue, F::ContactName, F::Notes});
    m.personNameOrder = PersonNameOrder::LastFirst;
    const CleanRecord r =
        cleanRow(m, {u"998293"_s, u"JUKKA NIEMI TMI"_s, u"Reskontra"_s,
                     u"Hakamäentie 67, 02400 Kirkkonummi"_s, u"09-7121175"_s,
                     u"jukka.niemi@@elisanet.fi"_s, QString(), u"14.2.1998"_s, u"26.10.2007"_s,
                     u"192,26"_s, u"Österlund Kari"_s, QString()});
    EXPECT_FALSE(r.isJunk());
    EXPECT_EQ(r.sourceKey, u"998293"_s);
    EXPECT_EQ(r.name, u"Jukka Niemi Tmi"_s);
    EXPECT_EQ(r.kind, CustomerKind::Company);
    EXPECT_EQ(r.auxiliaryName, u"Reskontra"_s);
    EXPECT_EQ(r.street, u"Hakamäentie 67"_s);
    EXPECT_EQ(r.postalCode, u"02400"_s);
    EXPECT_EQ(r.city, u"Kirkkonummi"_s);
    EXPECT_EQ(r.phones, QStringList{u"+35897121175"_s});
    EXPECT_EQ(r.emails, QStringList{u"jukka.niemi@elisanet.fi"_s});
    EXPECT_EQ(r.createdDate, QDate(1998, 2, 14));
    EXPECT_EQ(r.endDate, QDate(2007, 10, 26));
    EXPECT_EQ(r.revenueCents, 19226);
    EXPECT_EQ(r.contact.firstName, u"Kari"_s);
    EXPECT_EQ(r.contact.lastName, u"Österlund"_s);
}

TEST(RecordCleaner, SonetRowEndToEnd)
{
    const ColumnMapping m =
        mappingOf({F::SourceKey, F::Name, F::NameContinuation, F::Street, F::PostalCode, F::City,
                   F::Country, F::BusinessId, F::Phone, F::ContactName, F::Revenue});
    const CleanRecord r =
        cleanRow(m, {u"10016"_s, u"Konepaja Hämäläinen Ky"_s, QString(), u"Linnank. 30"_s,
                     u"6720"_s, u"PORVOO"_s, u"SUOMI"_s, u"FI23275154"_s, u"019 306 9550"_s,
                     u"Päivikki Österlund"_s, u"136.66"_s});
    EXPECT_EQ(r.street, u"Linnankatu 30"_s);
    EXPECT_EQ(r.postalCode, u"06720"_s);
    EXPECT_EQ(r.city, u"Porvoo"_s);
    EXPECT_EQ(r.country, u"FI"_s);
    EXPECT_EQ(r.businessId, u"2327515-4"_s);
    EXPECT_EQ(r.phones, QStringList{u"+358193069550"_s});
    EXPECT_EQ(r.contact.fullName(), u"Päivikki Österlund"_s);
    EXPECT_EQ(r.revenueCents, 13666);
    EXPECT_FALSE(r.hasWarnings());
}

TEST(RecordCleaner, EnterpriseParishWithItsUnion)
{
    ColumnMapping m = mappingOf({F::SourceKey, F::Name, F::ParentName, F::Street, F::PostalCode,
                                 F::City, F::ContactName, F::UpdatedDate});
    m.constants.insert(F::Kind, u"parish"_s);
    m.constants.insert(F::ContactTitle, u"Kirkkoherra"_s);
    const CleanRecord r = cleanRow(m, {u"SRK1787"_s, u"Tampereen Paavalin seurakunta"_s,
                                       u"Tampereen srky"_s, u"Sahatie 22"_s, u"33890"_s,
                                       u"TAMPERE"_s, u"Sami Pääkkönen"_s, u"2005-03-15"_s});
    EXPECT_EQ(r.kind, CustomerKind::Parish);
    EXPECT_EQ(r.parentName, u"Tampereen seurakuntayhtymä"_s);
    EXPECT_EQ(r.city, u"Tampere"_s);
    EXPECT_EQ(r.contact.title, u"Kirkkoherra"_s);
    EXPECT_EQ(r.contact.fullName(), u"Sami Pääkkönen"_s);
    EXPECT_EQ(r.updatedDate, QDate(2005, 3, 15));
}

TEST(RecordCleaner, ProspectStatusAndTitles)
{
    const ColumnMapping m =
        mappingOf({F::Name, F::ContactName, F::ContactTitle, F::City, F::Notes, F::Status});
    const CleanRecord r =
        cleanRow(m, {u"Ahtidata Service Ky"_s, u"Laine Sari"_s, u"toimitusjohtaja"_s, u"Akaa"_s,
                     u"Messut 2006"_s, u"Soita syksyllä"_s});
    EXPECT_EQ(r.contact.fullName(), u"Sari Laine"_s);
    EXPECT_EQ(r.contact.title, u"Toimitusjohtaja"_s);
    EXPECT_EQ(r.status, CustomerStatus::Prospect);
    EXPECT_EQ(r.statusText, u"Soita syksyllä"_s);
    EXPECT_EQ(r.notes, u"Messut 2006"_s);
    EXPECT_EQ(cleanRow(m, {u"A Oy"_s, {}, {}, {}, {}, u"Asiakas"_s}).status,
              CustomerStatus::Active);
}

TEST(RecordCleaner, AmbiguousDatesAreLeftOutWithAWarning)
{
    ColumnMapping m = mappingOf({F::Name, F::CreatedDate});
    m.columns[1].dateOrder = DateOrder::Unknown;
    const CleanRecord r = cleanRow(m, {u"A Oy"_s, u"1.2.2007"_s});
    EXPECT_FALSE(r.createdDate.isValid());
    EXPECT_TRUE(hasFinding(r, F::CreatedDate, CleaningFinding::Level::Warning));
    EXPECT_EQ(cleanRow(m, {u"A Oy"_s, u"13.2.2007"_s}).createdDate, QDate(2007, 2, 13));
}

TEST(RecordCleaner, InvalidBusinessIdIsDroppedButReported)
{
    const ColumnMapping m = mappingOf({F::Name, F::BusinessId});
    const CleanRecord r = cleanRow(m, {u"A Oy"_s, u"2327516-4"_s});
    EXPECT_TRUE(r.businessId.isEmpty());
    ASSERT_TRUE(hasFinding(r, F::BusinessId, CleaningFinding::Level::Warning));
    EXPECT_EQ(r.findings.last().before, u"2327516-4"_s);
}

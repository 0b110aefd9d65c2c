#include "SheetRows.h"

#include "core/importing/mapping/RecordMapper.h"

#include <gtest/gtest.h>

using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;
using luotsi::test::numberCell;
using luotsi::test::putCell;
using luotsi::test::textRow;
using F = TargetField;

namespace {

ColumnMapping mappingOf(const QList<F>& fields)
{
    ColumnMapping m;
    for (qsizetype i = 0; i < fields.size(); ++i)
        m.columns.append({int(i), QString(), fields.at(i), DateOrder::Unknown});
    return m;
}

} // namespace

TEST(RecordMapper, CellsBecomeTextAsAnAdminReadsThem)
{
    using luotsi::test::numberCell;
    EXPECT_EQ(RecordMapper::cellText(numberCell(0, 4400)), u"4400"_s);
    EXPECT_EQ(RecordMapper::cellText(numberCell(0, 10003)), u"10003"_s);
    EXPECT_EQ(RecordMapper::cellText(numberCell(0, 9722.959999999999)), u"9722.96"_s);
    EXPECT_EQ(RecordMapper::cellText(numberCell(0, 38143, CellType::DateTime)), u"2004-06-05"_s);
    EXPECT_EQ(RecordMapper::cellText(numberCell(0, 38143.5, CellType::DateTime)),
              u"2004-06-05T12:00:00"_s);
    EXPECT_EQ(RecordMapper::cellText(numberCell(0, 1, CellType::Boolean)), u"TRUE"_s);
    SheetCell zip = numberCell(0, 4400);
    zip.numberFormat = u"00000"_s; // Excel showed the zeros it did not store
    EXPECT_EQ(RecordMapper::cellText(zip), u"04400"_s);
}

TEST(RecordMapper, MapsColumnsAndConstants)
{
    ColumnMapping m = mappingOf(
        {F::SourceKey, F::Name, F::Ignore, F::PostalCode, F::Phone, F::Phone, F::CreatedDate});
    m.columns[6].dateOrder = DateOrder::DayFirst;
    m.constants.insert(F::Country, u"FI"_s);
    m.constants.insert(F::Kind, u"parish"_s);
    SheetRow row = textRow(7, {QString(), u"Rannan seurakunta"_s, u"x"_s, QString(),
                               u"02 123 456"_s, u"040 123 4567"_s});
    putCell(row, numberCell(0, 1004));
    putCell(row, numberCell(3, 4400));
    putCell(row, numberCell(6, 38556, CellType::DateTime));
    const RawRecord r = RecordMapper(m).map(row);
    EXPECT_EQ(r.row, 7);
    EXPECT_EQ(r.text(F::SourceKey), u"1004"_s);
    EXPECT_EQ(r.text(F::PostalCode), u"4400"_s);
    EXPECT_EQ(r.texts(F::Phone), (QStringList{u"02 123 456"_s, u"040 123 4567"_s}));
    EXPECT_EQ(r.text(F::CreatedDate), u"2005-07-23"_s);
    EXPECT_EQ(r.dateOrders.value(F::CreatedDate), DateOrder::DayFirst);
    EXPECT_EQ(r.text(F::Country), u"FI"_s);
    EXPECT_TRUE(r.fromConstant.value(F::Country));
    EXPECT_FALSE(r.has(F::Ignore));
}

TEST(RecordMapper, ConstantsDoNotMakeABlankRowNonBlank)
{
    ColumnMapping m = mappingOf({F::Name});
    m.constants.insert(F::Country, u"FI"_s);
    EXPECT_TRUE(RecordMapper(m).map(textRow(3, {})).isEmpty());
}

TEST(RecordMapper, JoinsNamesCutAtThirtyCharacters)
{
    // name_split in Sonet: Name1 holds 30 characters.
    const auto join = [](const QString& a, const QString& b) {
        return RecordMapper::joinedName(a, b).value_or(u"(not joined)"_s);
    };
    EXPECT_EQ(join(u"Mikkelin tuomiokirkkoseurakunt"_s, u"a"_s),
              u"Mikkelin tuomiokirkkoseurakunta"_s);
    EXPECT_EQ(join(u"Mikkelin ortodoksinen seurakun"_s, u"ta"_s),
              u"Mikkelin ortodoksinen seurakunta"_s);
    EXPECT_EQ(join(u"Arkkitehtitoimisto Sunsqvist O"_s, u"y"_s),
              u"Arkkitehtitoimisto Sunsqvist Oy"_s);
    EXPECT_EQ(join(u"Kankaanpään Omakotiyhdistys r."_s, u"y."_s),
              u"Kankaanpään Omakotiyhdistys r.y."_s);
    EXPECT_EQ(join(u"Kristiinankaupungin Kansalasop"_s, u"iston Tuki r.y."_s),
              u"Kristiinankaupungin Kansalasopiston Tuki r.y."_s);
    // Full Name1 ending in a whole word.
    EXPECT_EQ(join(u"Kalajoen Kristillinen Yhdistys"_s, u"ry"_s),
              u"Kalajoen Kristillinen Yhdistys ry"_s);
    EXPECT_EQ(join(u"Hämeenlinnan Diabetesyhdistys "_s, u"ry"_s),
              u"Hämeenlinnan Diabetesyhdistys ry"_s);
    // Shorter Name1: cut at a word.
    EXPECT_EQ(join(u"Mikkelin Johanneksen"_s, u"seurakunta"_s),
              u"Mikkelin Johanneksen seurakunta"_s);
    EXPECT_EQ(join(u"Talotekniikka Tähtinen"_s, u"Oy"_s), u"Talotekniikka Tähtinen Oy"_s);
    EXPECT_EQ(join(u"Pudasjärven Kristillinen"_s, u"Yhdistys ry"_s),
              u"Pudasjärven Kristillinen Yhdistys ry"_s);
    EXPECT_EQ(join(u"Toiminimi Optiikka"_s, u"Åström"_s), u"Toiminimi Optiikka Åström"_s);
    EXPECT_EQ(join(u"Byggnads Grönroos & Co"_s, u"AB"_s), u"Byggnads Grönroos & Co AB"_s);
}

TEST(RecordMapper, KeepsDepartmentsApart)
{
    for (const auto& [name, extra] :
         {std::pair{u"Inarin Urheiluseura r.y."_s, u"c/o Tilitoimisto Laine"_s},
          std::pair{u"Espoon Kansalaisopiston Tuki ry"_s, u"Ostot"_s},
          std::pair{u"Mikkelin tuomiokirkkoseurakunta"_s, u"Kirkkoherranvirasto"_s},
          std::pair{u"Arkkitehtitoimisto Holmström Ky"_s, u"Keskusvarasto"_s},
          std::pair{u"TESTI ASIAKAS"_s, u"ÄLÄ KÄYTÄ"_s}})
        EXPECT_FALSE(RecordMapper::joinedName(name, extra).has_value()) << extra.toStdString();

    const ColumnMapping m = mappingOf({F::Name, F::NameContinuation});
    const RawRecord kept = RecordMapper(m).map(textRow(2, {u"Lukko Oy"_s, u"Ostot"_s}));
    EXPECT_EQ(kept.text(F::Name), u"Lukko Oy"_s);
    EXPECT_EQ(kept.text(F::NameContinuation), u"Ostot"_s);
    const RawRecord joined =
        RecordMapper(m).map(textRow(2, {u"Talotekniikka Tähtinen"_s, u"Oy"_s}));
    EXPECT_EQ(joined.text(F::Name), u"Talotekniikka Tähtinen Oy"_s);
    EXPECT_FALSE(joined.has(F::NameContinuation));
    ASSERT_EQ(joined.findings.size(), 1);
    EXPECT_EQ(joined.findings.first().level, CleaningFinding::Level::Fixed);
}

TEST(RecordMapper, SplitsACombinedAddress)
{
    const ColumnMapping m = mappingOf({F::Name, F::CombinedAddress});
    const RawRecord r =
        RecordMapper(m).map(textRow(2, {u"A Oy"_s, u"Puutarhakatu 106\n04300 TUUSULA"_s}));
    EXPECT_EQ(r.text(F::Street), u"Puutarhakatu 106"_s);
    EXPECT_EQ(r.text(F::PostalCode), u"04300"_s);
    EXPECT_EQ(r.text(F::City), u"TUUSULA"_s);
    EXPECT_FALSE(r.has(F::CombinedAddress));
    const RawRecord odd = RecordMapper(m).map(textRow(2, {u"A Oy"_s, u"Kylänraitti"_s}));
    EXPECT_EQ(odd.text(F::Street), u"Kylänraitti"_s);
    ASSERT_EQ(odd.findings.size(), 1);
    EXPECT_EQ(odd.findings.first().level, CleaningFinding::Level::Warning);
}

TEST(RecordMapper, ParticipantWithoutOrganisationIsThePerson)
{
    ColumnMapping m = mappingOf(
        {F::SourceKey, F::Name, F::ContactFirstName, F::ContactLastName, F::ContactEmail});
    m.personWhenNoOrganisation = true;
    const RawRecord person = RecordMapper(m).map(
        textRow(9, {u"5008"_s, QString(), u"BJÖRN"_s, u"LEHTONEN"_s, u"B@X.FI"_s}));
    EXPECT_TRUE(person.personFromContact);
    EXPECT_EQ(person.text(F::FirstName), u"BJÖRN"_s);
    EXPECT_EQ(person.text(F::LastName), u"LEHTONEN"_s);
    EXPECT_EQ(person.text(F::Email), u"B@X.FI"_s);
    EXPECT_FALSE(person.has(F::ContactFirstName));
    const RawRecord organisation = RecordMapper(m).map(
        textRow(2, {u"5001"_s, u"LAPPEENRANNAN KAHVILA KY"_s, u"RIITTA"_s, u"LAINE"_s}));
    EXPECT_FALSE(organisation.personFromContact);
    EXPECT_EQ(organisation.text(F::ContactFirstName), u"RIITTA"_s);
    EXPECT_EQ(organisation.text(F::Name), u"LAPPEENRANNAN KAHVILA KY"_s);
}

TEST(RecordMapper, ExcelErrorsAreEmptyWithAWarning)
{
    const ColumnMapping m = mappingOf({F::Name, F::Revenue});
    SheetRow row = textRow(4, {u"A Oy"_s});
    SheetCell error;
    error.column = 1;
    error.type = CellType::Error;
    error.text = u"#DIV/0!"_s;
    putCell(row, error);
    const RawRecord r = RecordMapper(m).map(row);
    EXPECT_FALSE(r.has(F::Revenue));
    ASSERT_EQ(r.findings.size(), 1);
    EXPECT_EQ(r.findings.first().before, u"#DIV/0!"_s);
}

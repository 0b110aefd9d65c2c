#include "support/TestSupport.h"

#include "core/importing/cleaning/RecordCleaner.h"
#include "core/importing/mapping/ColumnSuggester.h"
#include "core/importing/mapping/RecordMapper.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QFile>
#include <QHash>

#include <gtest/gtest.h>

#include <map>

// The five files of the conversion sample read with WorkbookReader: the suggested mapping of
// every data sheet, with no help, and every row mapped and cleaned against truth.csv and
// entities.csv (which say what each row really is).

using namespace luotsi::core;
using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;
using F = TargetField;

namespace {

QString conversionDir()
{
    const QString shared = luotsi::test::sharedDir();
    return shared.isEmpty() ? QString() : shared + u"/data/conversion/"_s;
}

// Plain comma-separated files without quotes (truth.csv, entities.csv).
QList<QHash<QString, QString>> readTable(const QString& path)
{
    QList<QHash<QString, QString>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    QStringList header;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList cells = text.split(u',');
        if (header.isEmpty()) {
            header = cells;
            continue;
        }
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), cells.value(i));
        rows.append(row);
    }
    return rows;
}

struct Sheet
{
    QString file;
    QString sheet; // as the reader names it
    QList<SheetRow> rows;
};

// Every row of a sheet.
Result<Sheet> readSheet(const QString& file, const QString& sheetName)
{
    auto opened = WorkbookReader::open(conversionDir() + file);
    if (!opened)
        return opened.error();
    WorkbookReader& reader = **opened;
    const QList<SheetInfo> sheets = reader.sheets();
    int index = -1;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (sheetName.isEmpty() || sheets.at(i).name == sheetName)
            index = int(i);
        if (index >= 0)
            break;
    }
    if (index < 0)
        return Error{u"no sheet "_s + sheetName, file};
    if (Status s = reader.selectSheet(index); !s)
        return s.error();
    Sheet sheet{file, sheets.at(index).name, {}};
    SheetRow row;
    while (true) {
        auto more = reader.nextRow(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        sheet.rows.append(row);
    }
    return sheet;
}

QList<F> fieldsOf(const ColumnMapping& m)
{
    QList<F> fields;
    for (const MappedColumn& c : m.columns)
        fields.append(c.field);
    return fields;
}

class SampleFiles : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (conversionDir().isEmpty() || !QFile::exists(conversionDir() + u"truth.csv"_s))
            GTEST_SKIP() << "../shared/data/conversion is not there";
    }

    MappingSuggestion suggestion(const QString& file, const QString& sheetName)
    {
        auto sheet = readSheet(file, sheetName);
        EXPECT_TRUE(sheet.ok()) << sheet.error().text().toStdString();
        if (!sheet)
            return {};
        m_sheet = *sheet;
        return ColumnSuggester().suggestForSheet(sheet->sheet, sheet->rows.mid(0, 230));
    }

    Sheet m_sheet;
};

} // namespace

TEST_F(SampleFiles, EnterpriseParishesAreSuggestedCompletely)
{
    const MappingSuggestion s = suggestion(u"source0_enterprise.xlsx"_s, u"Seurakunnat"_s);
    EXPECT_EQ(s.mapping.headerRow, 1);
    EXPECT_EQ(
        fieldsOf(s.mapping),
        (QList<F>{F::SourceKey, F::Name, F::ParentName, F::Street, F::PostalCode, F::City, F::Phone,
                  F::Email, F::BusinessId, F::ContactName, F::Ignore, F::UpdatedDate}));
    EXPECT_EQ(s.mapping.constants.value(F::Kind), u"parish"_s);
}

TEST_F(SampleFiles, EnterpriseUnionsAreSuggestedCompletely)
{
    const MappingSuggestion s = suggestion(u"source0_enterprise.xlsx"_s, u"Yhtymät"_s);
    EXPECT_EQ(fieldsOf(s.mapping),
              (QList<F>{F::SourceKey, F::Name, F::Street, F::PostalCode, F::City, F::Phone,
                        F::Email, F::BusinessId, F::ContactName, F::Ignore, F::UpdatedDate}));
    EXPECT_EQ(s.mapping.constants.value(F::Kind), u"parish_union"_s);
}

TEST_F(SampleFiles, SubscriberListIsSuggestedCompletely)
{
    const MappingSuggestion s = suggestion(u"source1_tilaajat.csv"_s, QString());
    EXPECT_EQ(fieldsOf(s.mapping),
              (QList<F>{F::SourceKey, F::Name, F::NameContinuation, F::CombinedAddress, F::Phone,
                        F::Email, F::BusinessId, F::CreatedDate, F::EndDate, F::Revenue,
                        F::ContactName, F::Notes}));
    EXPECT_EQ(s.mapping.personNameOrder, PersonNameOrder::LastFirst);
    EXPECT_EQ(s.mapping.columnsFor(F::CreatedDate).value(0).dateOrder, DateOrder::DayFirst);
}

TEST_F(SampleFiles, SonetIsSuggestedCompletely)
{
    const MappingSuggestion s = suggestion(u"source2_sonet.xlsx"_s, u"Asiakkaat"_s);
    EXPECT_EQ(fieldsOf(s.mapping),
              (QList<F>{F::SourceKey, F::Name, F::NameContinuation, F::Street, F::PostalCode,
                        F::City, F::Country, F::BusinessId, F::Phone, F::ContactName, F::Revenue,
                        F::CreatedDate, F::LastOrderDate}));
}

TEST_F(SampleFiles, ProspectsAreSuggestedCompletely)
{
    const MappingSuggestion s = suggestion(u"source3_prospektit.xlsx"_s, u"Prospektit"_s);
    EXPECT_EQ(s.mapping.headerRow, 3);
    EXPECT_EQ(fieldsOf(s.mapping), (QList<F>{F::Name, F::ContactName, F::ContactTitle, F::Phone,
                                             F::Email, F::City, F::Notes, F::Status}));
}

TEST_F(SampleFiles, CirixIsSuggestedCompletely)
{
    const MappingSuggestion s = suggestion(u"source4_cirix.xls"_s, u"CIRIX"_s);
    EXPECT_EQ(fieldsOf(s.mapping),
              (QList<F>{F::SourceKey, F::Name, F::ContactFirstName, F::ContactLastName, F::Street,
                        F::PostalCode, F::City, F::Phone, F::Email, F::Notes}));
    EXPECT_TRUE(s.mapping.personWhenNoOrganisation);
}

// Every row of every file, with the suggested mappings: junk found exactly, and the values
// the noise left recoverable equal to the entity's canonical ones.
TEST_F(SampleFiles, CleanedRowsMatchTheTruth)
{
    const auto truthRows = readTable(conversionDir() + u"truth.csv"_s);
    const auto entityRows = readTable(conversionDir() + u"entities.csv"_s);
    QHash<QString, QHash<QString, QString>> truth;
    for (const auto& t : truthRows)
        truth.insert(t.value(u"file"_s) + u'|' + t.value(u"sheet"_s) + u'|' + t.value(u"row"_s), t);
    QHash<QString, QHash<QString, QString>> entities;
    for (const auto& e : entityRows)
        entities.insert(e.value(u"entity_id"_s), e);
    ASSERT_FALSE(truth.isEmpty());

    struct Score
    {
        int tried = 0;
        int right = 0;
        QStringList wrong;
        void check(bool ok, const QString& what)
        {
            ++tried;
            right += ok ? 1 : 0;
            if (!ok && wrong.size() < 12)
                wrong.append(what);
        }
        double rate() const { return tried ? double(right) / tried : 1.0; }
    };
    std::map<std::string, Score> scores;
    const QList<std::pair<QString, QString>> sheets{
        {u"source0_enterprise.xlsx"_s, u"Seurakunnat"_s},
        {u"source0_enterprise.xlsx"_s, u"Yhtymät"_s},
        {u"source1_tilaajat.csv"_s, QString()},
        {u"source2_sonet.xlsx"_s, u"Asiakkaat"_s},
        {u"source3_prospektit.xlsx"_s, u"Prospektit"_s},
        {u"source4_cirix.xls"_s, u"CIRIX"_s}};
    int rowsSeen = 0;
    for (const auto& [file, sheetName] : sheets) {
        const MappingSuggestion s = suggestion(file, sheetName);
        const QString truthSheet = sheetName.isEmpty() ? file.section(u'.', 0, 0) : sheetName;
        const RecordMapper mapper(s.mapping);
        const RecordCleaner cleaner(s.mapping);
        // Blank rows never reach us (the readers skip them); truth counts them by number.
        for (const SheetRow& row : std::as_const(m_sheet.rows)) {
            if (row.number <= s.mapping.headerRow)
                continue;
            const auto t =
                truth.value(file + u'|' + truthSheet + u'|' + QString::number(row.number));
            if (t.isEmpty()) {
                ADD_FAILURE() << file.toStdString() << " row " << row.number << " not in truth";
                continue;
            }
            ++rowsSeen;
            const CleanRecord r = cleaner.clean(mapper.map(row));
            const QString where = file + u':' + QString::number(row.number) + u' ';
            const QString rowKind = t.value(u"row_kind"_s);
            const bool junk = rowKind.startsWith(u"junk"_s);
            scores["junk"].check(r.isJunk() == junk, where + rowKind + u" → "_s + r.junkReason);
            if (junk)
                continue;
            const auto e = entities.value(t.value(u"entity_id"_s));
            const QStringList noise = t.value(u"noise"_s).split(u';', Qt::SkipEmptyParts);
            const auto noisy = [&noise](std::initializer_list<const char*> kinds) {
                for (const char* k : kinds) {
                    if (noise.contains(QString::fromLatin1(k)))
                        return true;
                }
                return false;
            };
            static const QHash<QString, CustomerKind> kinds{
                {u"company"_s, CustomerKind::Company},
                {u"parish"_s, CustomerKind::Parish},
                {u"parish_union"_s, CustomerKind::ParishUnion},
                {u"association"_s, CustomerKind::Association},
                {u"person"_s, CustomerKind::Person}};
            scores["kind"].check(r.kind == kinds.value(e.value(u"type"_s)),
                                 where + e.value(u"name"_s) + u" → "_s +
                                     QString::number(int(r.kind)));
            if (!noisy({"typo", "diacritics_stripped"}))
                scores["name"].check(r.name == e.value(u"name"_s),
                                     where + e.value(u"name"_s) + u" → "_s + r.name);
            if (!noisy({"missing_business_id", "business_id_invalid_check"}) &&
                s.mapping.hasField(F::BusinessId))
                scores["business id"].check(r.businessId == e.value(u"business_id"_s),
                                            where + e.value(u"business_id"_s) + u" → "_s +
                                                r.businessId);
            if (noisy({"business_id_invalid_check"}))
                scores["bad check digit caught"].check(r.businessId.isEmpty() && r.hasWarnings(),
                                                       where + r.businessId);
            if (!noisy({"po_box", "stale_address"}) &&
                s.mapping.hasField(F::PostalCode) | s.mapping.hasField(F::CombinedAddress)) {
                scores["postal code"].check(r.postalCode == e.value(u"postal_code"_s),
                                            where + e.value(u"postal_code"_s) + u" → "_s +
                                                r.postalCode);
                scores["street"].check(r.street == e.value(u"street"_s),
                                       where + e.value(u"street"_s) + u" → "_s + r.street);
            }
            scores["city"].check(r.city == e.value(u"city"_s),
                                 where + e.value(u"city"_s) + u" → "_s + r.city);
            if (!noisy({"other_phone", "missing_phone"}) && s.mapping.hasField(F::Phone))
                scores["phone"].check(r.phones == QStringList{e.value(u"phone_e164"_s)},
                                      where + e.value(u"phone_e164"_s) + u" → "_s +
                                          r.phones.join(u' '));
            if (!noisy({"missing_email", "invalid_email", "other_contact", "repeat_record"}) &&
                s.mapping.hasField(F::Email) && !e.value(u"email"_s).isEmpty())
                scores["email"].check(r.emails == QStringList{e.value(u"email"_s)},
                                      where + e.value(u"email"_s) + u" → "_s + r.emails.join(u' '));
        }
    }
    EXPECT_GT(rowsSeen, 3000);
    // Names: ALL CAPS loses the case of Swedish compounds ("KUST-BIL AB" reads back as
    // "Kust-Bil Ab", not "Kust-bil Ab"); everything else the noise left must come back.
    const std::map<std::string, double> required{{"junk", 1.0},
                                                 {"kind", 1.0},
                                                 {"name", 0.998},
                                                 {"business id", 1.0},
                                                 {"bad check digit caught", 1.0},
                                                 {"postal code", 1.0},
                                                 {"street", 0.99},
                                                 {"city", 0.995},
                                                 {"phone", 1.0},
                                                 {"email", 0.99}};
    for (const auto& [what, score] : scores) {
        std::cout << "  " << what << ": " << score.right << " / " << score.tried << "\n";
        EXPECT_GE(score.rate(), required.at(what)) << what << "\n"
                                                   << score.wrong.join(u'\n').toStdString();
    }
}

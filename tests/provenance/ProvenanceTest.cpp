// Provenance per field through the service: a user's create and save, an import's batch, and a
// user's edit after an import.

#include "ImportFixture.h"
#include "core/Workspace.h"
#include "core/provenance/ProvenanceFields.h"
#include "core/register/CustomerService.h"
#include "core/storage/Database.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;

namespace {

// A timestamp no write of the test makes: a row still carrying it was not rewritten.
const QString longAgo = QStringLiteral("2001-01-01T00:00:00Z");

class ProvenanceTest : public ::testing::Test
{
protected:
    Workspace& workspace() { return m_register.workspace(); }
    CustomerService& service() { return workspace().customers(); }

    QHash<QString, FieldSource> sources(qint64 customerId)
    {
        QHash<QString, FieldSource> byField;
        for (const FieldSource& source : test::valueOf(service().fieldSources(customerId)))
            byField.insert(source.field, source);
        return byField;
    }

    // Backdates every source row, so that a later write shows by its time.
    void backdate()
    {
        ASSERT_TRUE(test::exec(workspace().database().connection(),
                               QStringLiteral("UPDATE field_sources SET changed_at = ?"),
                               {longAgo}));
    }

    // The fields whose origin a write after backdate() replaced.
    QStringList rewritten(qint64 customerId)
    {
        QStringList fields;
        for (const FieldSource& source : test::valueOf(service().fieldSources(customerId))) {
            if (source.changedAt != QDateTime::fromString(longAgo, Qt::ISODate))
                fields.append(source.field);
        }
        fields.sort();
        return fields;
    }

    static Customer sample()
    {
        Customer c;
        c.name = QStringLiteral("Kirjapaino Äijälä Tmi");
        c.businessId = QStringLiteral("1100859-3");
        c.addresses.append({0, AddressKind::Visiting, QStringLiteral("Koulukatu 7"),
                            QStringLiteral("06100"), QStringLiteral("Porvoo"),
                            QStringLiteral("FI")});
        c.channels.append({0, ChannelKind::Phone, QStringLiteral("+358194416667"), {}});
        c.contacts.append({0, QStringLiteral("Aino"), QStringLiteral("Äijälä"), {}, {}, {}, {}});
        return c;
    }

    test::TemporaryRegister m_register;
    QTemporaryDir m_files;
};

} // namespace

TEST_F(ProvenanceTest, CreateRecordsTheUserAsOriginOfEveryFieldWithAValue)
{
    const Customer created = test::valueOf(service().create(sample()));
    ASSERT_NE(created.id, 0);
    const auto byField = sources(created.id);
    QStringList fields = byField.keys();
    fields.sort();
    EXPECT_EQ(fields, (QStringList{QStringLiteral("addresses"), QStringLiteral("business_id"),
                                   QStringLiteral("contacts"), QStringLiteral("kind"),
                                   QStringLiteral("language"), QStringLiteral("name"),
                                   QStringLiteral("phones"), QStringLiteral("status")}));
    for (const FieldSource& source : byField) {
        SCOPED_TRACE(source.field.toStdString());
        EXPECT_EQ(source.userId, workspace().currentUser().id);
        EXPECT_EQ(source.userName, QStringLiteral("Testi Testaaja"));
        EXPECT_TRUE(source.sourceSystem.isEmpty());
        EXPECT_EQ(source.batchId, 0);
        EXPECT_EQ(source.mergeId, 0);
        EXPECT_LE(qAbs(source.changedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
    }
}

TEST_F(ProvenanceTest, SaveRecordsOnlyTheFieldsThatChanged)
{
    Customer c = test::valueOf(service().create(sample()));
    backdate();

    // Nothing changed: nothing rewritten.
    ASSERT_TRUE(service().save(c));
    EXPECT_TRUE(rewritten(c.id).isEmpty());

    c.name = QStringLiteral("Kirjapaino Äijälä Oy");
    c.channels.append({0, ChannelKind::Email, QStringLiteral("info@aijala.fi"), {}});
    c = test::valueOf(service().save(c));
    EXPECT_EQ(rewritten(c.id), (QStringList{QStringLiteral("emails"), QStringLiteral("name")}));

    // A channel that changes kind leaves one list and joins another: both changed.
    backdate();
    ASSERT_EQ(c.channels.size(), 2);
    c.channels[1].kind = ChannelKind::Web;
    c.channels[1].value = QStringLiteral("https://aijala.fi");
    c = test::valueOf(service().save(c));
    EXPECT_EQ(rewritten(c.id), (QStringList{QStringLiteral("emails"), QStringLiteral("web")}));

    // Removing the contact person is a change of the contacts; the owner is a new field.
    backdate();
    c.contacts.clear();
    c.ownerId = workspace().currentUser().id;
    c = test::valueOf(service().save(c));
    EXPECT_EQ(rewritten(c.id), (QStringList{QStringLiteral("contacts"), QStringLiteral("owner")}));
}

TEST_F(ProvenanceTest, ImportRecordsItsSourceSystemAndBatch)
{
    auto report = test::importRows(
        workspace(), m_files, QStringLiteral("tilaajat.csv"), QStringLiteral("Tilaajat"),
        "1001;RAKENNUS VIRTANEN OY;0737546-2;Hämeenkatu 24, 33100 TAMPERE;040 123 4567;"
        "info@virtanen.fi\r\n");
    ASSERT_TRUE(report) << report.error().text().toStdString();
    ASSERT_EQ(report->rows.size(), 1);
    const qint64 id = report->rows.at(0).result.customerId;
    ASSERT_NE(id, 0);
    EXPECT_FALSE(service().changeOrigin().has_value()) << "the batch's origin outlived the run";

    const auto byField = sources(id);
    for (const char* field : {"name", "business_id", "addresses", "phones", "emails"}) {
        SCOPED_TRACE(field);
        ASSERT_TRUE(byField.contains(QString::fromLatin1(field)));
        const FieldSource& source = byField.value(QString::fromLatin1(field));
        EXPECT_EQ(source.sourceSystem, QStringLiteral("Tilaajat"));
        EXPECT_EQ(source.batchId, report->batch.id);
        EXPECT_EQ(source.batchFileName, QStringLiteral("tilaajat.csv"));
        EXPECT_EQ(source.userId, 0);
    }

    // A second system's file with the same customer and a new phone: only the phones change
    // hands; the name stays with the first batch.
    backdate();
    auto second = test::importRows(
        workspace(), m_files, QStringLiteral("laskutus.csv"), QStringLiteral("Laskutus"),
        "L-77;Rakennus Virtanen Oy;0737546-2;Hämeenkatu 24, 33100 TAMPERE;03 345 6789;\r\n");
    ASSERT_TRUE(second) << second.error().text().toStdString();
    ASSERT_EQ(second->rows.at(0).result.customerId, id)
        << "the second file's row did not update the customer";
    const auto after = sources(id);
    EXPECT_EQ(after.value(QStringLiteral("phones")).sourceSystem, QStringLiteral("Laskutus"));
    EXPECT_EQ(after.value(QStringLiteral("phones")).batchId, second->batch.id);
    EXPECT_EQ(after.value(QStringLiteral("name")).batchId, report->batch.id);
    EXPECT_EQ(after.value(QStringLiteral("business_id")).sourceSystem, QStringLiteral("Tilaajat"));
}

TEST_F(ProvenanceTest, UserEditAfterAnImportTakesOverTheEditedFieldOnly)
{
    auto report = test::importRows(
        workspace(), m_files, QStringLiteral("tilaajat.csv"), QStringLiteral("Tilaajat"),
        "1002;Kirjapaino Äijälä Tmi;1100859-3;Koulukatu 7 06530 Porvoo;019 441 6667;\r\n");
    ASSERT_TRUE(report) << report.error().text().toStdString();
    const qint64 id = report->rows.at(0).result.customerId;
    Customer c = test::valueOf(service().load(id));
    c.name = QStringLiteral("Kirjapaino Äijälä Oy");
    ASSERT_TRUE(service().save(c));

    const auto byField = sources(id);
    EXPECT_TRUE(byField.value(QStringLiteral("name")).sourceSystem.isEmpty());
    EXPECT_EQ(byField.value(QStringLiteral("name")).batchId, 0);
    EXPECT_EQ(byField.value(QStringLiteral("name")).userId, workspace().currentUser().id);
    EXPECT_EQ(byField.value(QStringLiteral("business_id")).sourceSystem,
              QStringLiteral("Tilaajat"));
    EXPECT_EQ(byField.value(QStringLiteral("business_id")).batchId, report->batch.id);
}

TEST_F(ProvenanceTest, DryRunAndCancelLeaveNoSourcesAndNoOrigin)
{
    const QByteArray row = "1003;Tilitoimisto Mustonen Ky;0677012-9;;;\r\n";
    auto dry = test::importRows(workspace(), m_files, QStringLiteral("a.csv"), QStringLiteral("A"),
                                row, true);
    ASSERT_TRUE(dry) << dry.error().text().toStdString();
    EXPECT_FALSE(service().changeOrigin().has_value());
    // Progress is asked every 256 rows: the answer "stop" needs a longer file.
    QByteArray rows;
    for (int i = 0; i < 300; ++i)
        rows += QStringLiteral("%1;Yritys %1 Oy;;;;\r\n").arg(5000 + i).toUtf8();
    auto cancelled =
        test::importRows(workspace(), m_files, QStringLiteral("b.csv"), QStringLiteral("B"), rows,
                         false, [](qint64, double) { return false; });
    ASSERT_TRUE(cancelled) << cancelled.error().text().toStdString();
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_FALSE(service().changeOrigin().has_value());
    EXPECT_EQ(test::scalar(workspace().database().connection(),
                           QStringLiteral("SELECT count(*) FROM field_sources"))
                  .toInt(),
              0);

    // The user's own work after them is the user's.
    const Customer created = test::valueOf(service().create(sample()));
    EXPECT_EQ(sources(created.id).value(QStringLiteral("name")).userId,
              workspace().currentUser().id);
}

TEST_F(ProvenanceTest, SourcesGoWithTheirCustomer)
{
    const Customer created = test::valueOf(service().create(sample()));
    ASSERT_FALSE(sources(created.id).isEmpty());
    ASSERT_TRUE(service().remove(created.id));
    EXPECT_EQ(test::scalar(workspace().database().connection(),
                           QStringLiteral("SELECT count(*) FROM field_sources"))
                  .toInt(),
              0);
}

TEST(ProvenanceFieldsTest, ChangesMapToTheCardsFields)
{
    Customer before;
    before.id = 1;
    before.name = QStringLiteral("A");
    before.channels = {{10, ChannelKind::Phone, QStringLiteral("+358401234567"), {}},
                       {11, ChannelKind::Email, QStringLiteral("a@b.fi"), {}}};
    before.sourceKeys = {{20, QStringLiteral("X"), QStringLiteral("1"), 0}};
    Customer after = before;
    after.businessId = QStringLiteral("0737546-2");
    after.parentId = 7;
    after.channels[0].label = QStringLiteral("vaihde"); // phones
    after.channels.removeAt(1);                         // emails
    after.sourceKeys[0].key = QStringLiteral("2");      // not a field of its own
    after.relationships.append({30, 1, {}, {}, RelationshipStatus::Active});
    EXPECT_EQ(ProvenanceFields::ofChanges(before, after, CustomerDiff::between(before, after)),
              (QStringList{QStringLiteral("business_id"), QStringLiteral("parent"),
                           QStringLiteral("phones"), QStringLiteral("emails"),
                           QStringLiteral("relationships")}));
    EXPECT_TRUE(ProvenanceFields::ofChanges(before, before, {}).isEmpty());
}

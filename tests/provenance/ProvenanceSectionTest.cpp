// The card's Sources section on the offscreen platform: an imported customer's name says which
// system and batch it came from, a user's edit says who, and double-clicking names the batch.

#include "card/ProvenanceSection.h"
#include "ImportFixture.h"
#include "card/CardSection.h"
#include "card/CustomerCardDocument.h"
#include "core/register/CustomerService.h"
#include "support/TestSupport.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace luotsi;
using namespace luotsi::core;
using namespace luotsi::gui;

namespace {

QTreeWidgetItem* rowOf(QTreeWidget* tree, const QString& title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == title)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

void doubleClick(QTreeWidget* tree, QTreeWidgetItem* item)
{
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST(ProvenanceSectionTest, ShowsTheImportsSystemForTheNameAndTheUserForAnEdit)
{
    test::TemporaryRegister reg;
    QTemporaryDir files;
    CustomerService& service = reg.workspace().customers();
    auto report = test::importRows(
        reg.workspace(), files, QStringLiteral("enterprise.csv"), QStringLiteral("Enterprise"),
        "1001;RAKENNUS VIRTANEN OY;0737546-2;Hämeenkatu 24, 33100 TAMPERE;040 123 4567;\r\n");
    ASSERT_TRUE(report) << report.error().text().toStdString();
    const qint64 id = report->rows.at(0).result.customerId;
    ASSERT_NE(id, 0);

    CustomerCardDocument document(service);
    ASSERT_TRUE(document.load(id));
    CardContext context{document, service, reg.workspace(), {}};
    ProvenanceSection section(context);
    section.resize(900, 600);
    section.show();
    section.refresh();

    auto* fields = section.findChild<QTreeWidget*>(QStringLiteral("provenanceTreeWidget"));
    ASSERT_NE(fields, nullptr);
    QTreeWidgetItem* name = rowOf(fields, ProvenanceSection::tr("Name"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(1), QStringLiteral("Rakennus Virtanen Oy"));
    const QString batchText = QStringLiteral("Import batch %1").arg(report->batch.id);
    EXPECT_TRUE(name->text(2).startsWith(batchText + QStringLiteral(" · Enterprise · ")))
        << name->text(2).toStdString();

    // The source keys below the fields, with the batch they came with.
    auto* keys = section.findChild<QTreeWidget*>(QStringLiteral("sourceKeysTreeWidget"));
    ASSERT_NE(keys, nullptr);
    ASSERT_EQ(keys->topLevelItemCount(), 1);
    EXPECT_EQ(keys->topLevelItem(0)->text(0), QStringLiteral("Enterprise"));
    EXPECT_EQ(keys->topLevelItem(0)->text(1), QStringLiteral("1001"));
    EXPECT_EQ(keys->topLevelItem(0)->text(2), QString::number(report->batch.id));

    // One click away: double-clicking the name's row names its batch and file.
    auto* label = section.findChild<QLabel*>(QStringLiteral("batchLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().isEmpty());
    doubleClick(fields, name);
    EXPECT_EQ(label->text(),
              QStringLiteral("Import batch %1 (file enterprise.csv)").arg(report->batch.id));

    // The user renames the customer: the name is now the user's, the business ID still the
    // import's.
    document.edit(QStringLiteral("rename"),
                  [](Customer& c) { c.name = QStringLiteral("Rakennus Virtanen Ab"); });
    ASSERT_TRUE(document.save());
    section.refresh();
    name = rowOf(fields, ProvenanceSection::tr("Name"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(1), QStringLiteral("Rakennus Virtanen Ab"));
    EXPECT_TRUE(name->text(2).startsWith(QStringLiteral("Edited by Testi Testaaja · ")))
        << name->text(2).toStdString();
    QTreeWidgetItem* businessId = rowOf(fields, ProvenanceSection::tr("Business ID"));
    ASSERT_NE(businessId, nullptr);
    EXPECT_TRUE(businessId->text(2).startsWith(batchText)) << businessId->text(2).toStdString();
    doubleClick(fields, name);
    EXPECT_TRUE(label->text().isEmpty()) << "a user's edit has no batch to name";
}

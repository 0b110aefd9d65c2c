// The register as a user meets it: a real main window on the offscreen platform, driven with
// Qt Test's keyboard and mouse helpers.

#include "card/CustomerCard.h"
#include "card/CustomerCardDocument.h"
#include "core/Settings.h"
#include "core/register/CustomerService.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "customers/RegisterModule.h"
#include "shell/MainWindow.h"
#include "shell/ModuleRegistry.h"
#include "support/TestSupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

namespace luotsi::gui {
namespace {

using namespace luotsi::core;

// Answers the next modal message box with the given button and remembers what it said: the
// card's guards and error reports are modal, and a test must not hang on them.
class MessageBoxAnswerer final : public QObject
{
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton answer)
        : m_answer(answer)
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            m_text = box->text();
            box->button(m_answer)->click();
        });
        m_timer.start();
    }
    bool answered() const { return !m_timer.isActive(); }
    QString text() const { return m_text; }

private:
    QMessageBox::StandardButton m_answer;
    QTimer m_timer;
    QString m_text;
};

// Types text as key presses; Qt Test's keyClicks() only knows ASCII, and Finnish names are not.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
    }
}

class CustomerCardFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        registerRegisterModule(m_registry);
        m_window = std::make_unique<MainWindow>(workspace(), m_settings, m_registry);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    Workspace& workspace() { return m_register.workspace(); }
    CustomerService& service() { return workspace().customers(); }
    CustomersPage* page() { return m_window->customersPage(); }

    CustomerCard* startNewCustomer()
    {
        m_window->findChild<QAction*>(QStringLiteral("actionNewCustomer"))->trigger();
        return page()->currentCard();
    }

    static QLineEdit* lineEdit(QWidget* card, const char* name)
    {
        return card->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    static void replaceText(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        typeText(edit, text);
    }

    // Types search text into the global search box and presses Down, which applies the search
    // at once (without waiting for the typing pause) and moves into the results.
    void search(const QString& text)
    {
        replaceText(m_window->searchBox(), text);
        QTest::keyClick(m_window->searchBox(), Qt::Key_Down);
    }

    QList<qint64> listedIds()
    {
        CustomerTableModel* model = page()->listView()->model();
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->customerId(row));
        return ids;
    }

    test::TemporaryRegister m_register;
    QTemporaryDir m_settingsDir;
    Settings m_settings{m_settingsDir.filePath(QStringLiteral("settings.ini"))};
    ModuleRegistry m_registry;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(CustomerCardFlowTest, CreatesACustomerThroughTheCardFindsItBySearchAndEditsIt)
{
    Customer other;
    other.name = QStringLiteral("Kallion seurakunta");
    other.kind = CustomerKind::Parish;
    ASSERT_TRUE(service().create(other));

    CustomerCard* card = startNewCustomer();
    ASSERT_NE(card, nullptr);
    ASSERT_TRUE(card->document().isNew());
    typeText(lineEdit(card, "nameLineEdit"), QStringLiteral("Kärkölän Konepaja Oy"));
    typeText(lineEdit(card, "businessIdLineEdit"), QStringLiteral("0112038-9"));

    // A contact person, typed into the contacts table as a user would.
    auto* contacts = card->findChild<QTableView*>(QStringLiteral("contactsSectionTableView"));
    ASSERT_NE(contacts, nullptr);
    QTest::mouseClick(card->findChild<QPushButton*>(QStringLiteral("contactsSectionAddButton")),
                      Qt::LeftButton);
    QAbstractItemModel* contactModel = contacts->model();
    ASSERT_EQ(contactModel->rowCount(), 1);
    ASSERT_TRUE(contactModel->setData(contactModel->index(0, 0), QStringLiteral("Åsa")));
    ASSERT_TRUE(contactModel->setData(contactModel->index(0, 1), QStringLiteral("Öhman")));
    ASSERT_TRUE(contactModel->setData(contactModel->index(0, 4), QStringLiteral("040 1234567")));

    QTest::mouseClick(card->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_FALSE(card->document().isNew());
    EXPECT_FALSE(card->document().isModified());
    const qint64 id = card->customerId();
    const auto saved = service().load(id);
    ASSERT_TRUE(saved) << saved.error().text().toStdString();
    EXPECT_EQ(saved->name, QStringLiteral("Kärkölän Konepaja Oy"));
    EXPECT_EQ(saved->businessId, QStringLiteral("0112038-9"));
    ASSERT_EQ(saved->contacts.size(), 1);
    EXPECT_EQ(saved->contacts.first().fullName(), QStringLiteral("Åsa Öhman"));
    EXPECT_EQ(saved->contacts.first().phone, QStringLiteral("+358401234567"));

    // The search box finds it by a prefix without the umlauts, by business ID, by contact name
    // and by phone; Enter opens its card.
    page()->showList();
    search(QStringLiteral("karkol"));
    EXPECT_EQ(listedIds(), QList<qint64>{id});
    search(QStringLiteral("0112038"));
    EXPECT_EQ(listedIds(), QList<qint64>{id});
    search(QStringLiteral("öhm"));
    EXPECT_EQ(listedIds(), QList<qint64>{id});
    search(QStringLiteral("kallion"));
    EXPECT_EQ(listedIds().size(), 1);
    EXPECT_NE(listedIds().value(0), id);
    replaceText(m_window->searchBox(), QStringLiteral("kärkölän konep"));
    QTest::keyClick(m_window->searchBox(), Qt::Key_Return);
    CustomerCard* opened = page()->currentCard();
    ASSERT_NE(opened, nullptr);
    EXPECT_EQ(opened->customerId(), id);

    // Edit the name; undo and redo pass through the same draft.
    QLineEdit* name = lineEdit(opened, "nameLineEdit");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClick(name, Qt::Key_J);
    EXPECT_EQ(opened->document().draft().name, QStringLiteral("Kärkölän Konepaja Oyj"));
    EXPECT_TRUE(opened->document().isModified());
    opened->document().undoStack()->undo();
    EXPECT_EQ(name->text(), QStringLiteral("Kärkölän Konepaja Oy"));
    EXPECT_FALSE(opened->document().isModified());
    opened->document().undoStack()->redo();
    EXPECT_EQ(name->text(), QStringLiteral("Kärkölän Konepaja Oyj"));
    QTest::mouseClick(opened->findChild<QPushButton*>(QStringLiteral("saveButton")),
                      Qt::LeftButton);

    const auto edited = service().load(id);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->name, QStringLiteral("Kärkölän Konepaja Oyj"));
    const auto history = service().history(id);
    ASSERT_TRUE(history);
    EXPECT_TRUE(std::any_of(history->begin(), history->end(), [](const AuditEntry& entry) {
        return entry.field == QStringLiteral("name") &&
               entry.oldValue == QStringLiteral("Kärkölän Konepaja Oy") &&
               entry.newValue == QStringLiteral("Kärkölän Konepaja Oyj");
    }));
    // The list shows the new name.
    page()->showList();
    search(QStringLiteral("oyj"));
    ASSERT_EQ(listedIds(), QList<qint64>{id});
    EXPECT_EQ(
        page()->listView()->model()->index(0, CustomerTableModel::NameColumn).data().toString(),
        QStringLiteral("Kärkölän Konepaja Oyj"));
}

TEST_F(CustomerCardFlowTest, AnInvalidBusinessIdIsShownAndBlocksTheSave)
{
    CustomerCard* card = startNewCustomer();
    ASSERT_NE(card, nullptr);
    typeText(lineEdit(card, "nameLineEdit"), QStringLiteral("Virheellinen Oy"));
    typeText(lineEdit(card, "businessIdLineEdit"), QStringLiteral("0112038-8"));
    auto* issues = card->findChild<QLabel*>(QStringLiteral("cardIssuesLabel"));
    EXPECT_TRUE(issues->isVisible());
    EXPECT_FALSE(issues->text().isEmpty());

    MessageBoxAnswerer answerer(QMessageBox::Ok);
    QTest::mouseClick(card->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    EXPECT_TRUE(answerer.answered());
    EXPECT_TRUE(card->document().isNew());
    EXPECT_EQ(card->document().draft().businessId, QStringLiteral("0112038-8"));
    EXPECT_EQ(service().count({}).value(), 0);
}

TEST_F(CustomerCardFlowTest, TheUnsavedChangesGuardAsksBeforeClosing)
{
    CustomerCard* card = startNewCustomer();
    ASSERT_NE(card, nullptr);
    typeText(lineEdit(card, "nameLineEdit"), QStringLiteral("Keskeneräinen Oy"));
    {
        MessageBoxAnswerer cancel(QMessageBox::Cancel);
        EXPECT_FALSE(page()->maybeCloseAll());
        EXPECT_TRUE(cancel.answered());
    }
    {
        MessageBoxAnswerer save(QMessageBox::Save);
        EXPECT_TRUE(page()->maybeCloseAll());
        EXPECT_TRUE(save.answered());
    }
    EXPECT_EQ(service().count({}).value(), 1);
}

} // namespace
} // namespace luotsi::gui

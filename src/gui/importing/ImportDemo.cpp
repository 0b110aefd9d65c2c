#include "ImportDemo.h"

#include "CleaningPage.h"
#include "DuplicatesModel.h"
#include "ImportHistoryPage.h"
#include "ImportWizard.h"
#include "RunPage.h"

#include <QListWidget>
#include <QPointer>
#include <QTableView>
#include <QTimer>

namespace luotsi::gui {

namespace {

int pageId(const QString& name)
{
    static const QStringList names{QStringLiteral("file"),     QStringLiteral("sheet"),
                                   QStringLiteral("mapping"),  QStringLiteral("cleaning"),
                                   QStringLiteral("matching"), QStringLiteral("run"),
                                   QStringLiteral("report")};
    return int(names.indexOf(name));
}

void showModule(QWidget* page)
{
    auto* modules = page->window()->findChild<QListWidget*>(QStringLiteral("moduleListWidget"));
    for (int row = 0; modules && row < modules->count(); ++row) {
        if (modules->item(row)->data(Qt::UserRole).toString() == QLatin1String("import"))
            modules->setCurrentRow(row);
    }
}

// Decides a few possible duplicates, so that the matching page shows every kind of decision.
void decideSome(ImportWizard* wizard)
{
    auto* table = wizard->findChild<QTableView*>(QStringLiteral("duplicatesTableView"));
    auto* model = table ? qobject_cast<DuplicatesModel*>(table->model()) : nullptr;
    if (!model || model->rowCount() < 3)
        return;
    model->setDecision({0}, core::importing::ReviewDecision::Merge);
    model->setDecision({1}, core::importing::ReviewDecision::CreateNew);
    model->setDecision({2}, core::importing::ReviewDecision::Skip);
}

void step(QPointer<ImportWizard> wizard, int target)
{
    if (!wizard || wizard->currentId() >= target)
        return;
    const auto again = [wizard, target] {
        QTimer::singleShot(0, wizard, [wizard, target] { step(wizard, target); });
    };
    if (wizard->currentId() == ImportWizard::CleaningPageId &&
        !wizard->cleaningPage()->isComplete()) {
        QObject::connect(wizard->cleaningPage(), &CleaningPage::previewFinished, wizard, again,
                         Qt::SingleShotConnection);
        return;
    }
    if (wizard->currentId() == ImportWizard::RunPageId && !wizard->runPage()->isComplete()) {
        QObject::connect(wizard->runPage(), &RunPage::runFinished, wizard, again,
                         Qt::SingleShotConnection);
        return;
    }
    const int before = wizard->currentId();
    wizard->next();
    if (wizard->currentId() == before)
        return; // the page refused (an error it shows): stop there
    if (wizard->currentId() == ImportWizard::MatchingPageId)
        decideSome(wizard);
    again();
}

} // namespace

void ImportDemo::startIfAsked(ImportHistoryPage& page)
{
    const QString target = qEnvironmentVariable("LUOTSI_IMPORT_DEMO_PAGE");
    if (target.isEmpty())
        return;
    const QString file = qEnvironmentVariable("LUOTSI_IMPORT_DEMO_FILE");
    QPointer<ImportHistoryPage> guarded(&page);
    QTimer::singleShot(300, &page, [guarded, target, file] {
        showModule(guarded);
        const int id = pageId(target);
        if (id < 0)
            return; // "history": the module page is the picture
        ImportWizard* wizard = guarded->openWizard(file);
        // A fixed place and size, so that pictures of the pages line up.
        wizard->setGeometry(0, 0, 1180, 780);
        step(wizard, id);
    });
}

} // namespace luotsi::gui

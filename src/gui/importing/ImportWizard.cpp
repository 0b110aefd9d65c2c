#include "ImportWizard.h"

#include "CleaningPage.h"
#include "FilePage.h"
#include "ImportSession.h"
#include "MappingPage.h"
#include "MatchingPage.h"
#include "ReportPage.h"
#include "RunPage.h"
#include "SheetPage.h"

#include <QLineEdit>
#include <QMessageBox>

namespace luotsi::gui {

ImportWizard::ImportWizard(core::Workspace& workspace, const QString& profileFolder,
                           QWidget* parent)
    : QWizard(parent)
    , m_session(std::make_unique<ImportSession>(workspace, profileFolder))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    // The classic style everywhere: title and subtitle above each page, the same on every
    // platform, so that the admin guide's pictures match.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(980, 680);

    m_filePage = new FilePage(*m_session, this);
    m_sheetPage = new SheetPage(*m_session, this);
    m_mappingPage = new MappingPage(*m_session, this);
    m_cleaningPage = new CleaningPage(*m_session, this);
    m_matchingPage = new MatchingPage(*m_session, this);
    m_runPage = new RunPage(*m_session, this);
    m_reportPage = new ReportPage(*m_session, this);
    setPage(FilePageId, m_filePage);
    setPage(SheetPageId, m_sheetPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CleaningPageId, m_cleaningPage);
    setPage(MatchingPageId, m_matchingPage);
    setPage(RunPageId, m_runPage);
    setPage(ReportPageId, m_reportPage);
    setStartId(FilePageId);
    // The tables of the pages take the wizard's height; QWizard keeps a page at its size hint
    // unless the page asks to grow.
    for (const int id : pageIds())
        page(id)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    connect(m_runPage, &RunPage::runFinished, this, [this](bool ok) {
        if (ok && m_session->result())
            emit batchImported(m_session->result()->batch.id);
    });
}

ImportWizard::~ImportWizard()
{
    // The pages' workers end (cancelled, rolled back) before the session they read goes.
    m_cleaningPage->cancel();
    m_runPage->cancel();
}

void ImportWizard::setFile(const QString& path)
{
    if (auto* edit = m_filePage->findChild<QLineEdit*>(QStringLiteral("filePathLineEdit")))
        edit->setText(path);
    m_filePage->openFile();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("Stop the import? Nothing of this file will be saved; the register stays as it "
               "was."));
        if (answer != QMessageBox::Yes)
            return;
        m_runPage->cancel();
    }
    m_cleaningPage->cancel();
    QWizard::reject();
}

} // namespace luotsi::gui

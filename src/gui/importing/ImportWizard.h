#pragma once

#include <QWizard>

#include <memory>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

class CleaningPage;
class FilePage;
class ImportSession;
class MappingPage;
class MatchingPage;
class ReportPage;
class RunPage;
class SheetPage;

// The conversion wizard: file → sheet and header row → mapping → cleaning preview → matching
// review → run → report. The pages share one ImportSession; the preview and the run are the
// core's ImportRunner on a worker thread with its own workspace, so the window never blocks.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum Page
    {
        FilePageId,
        SheetPageId,
        MappingPageId,
        CleaningPageId,
        MatchingPageId,
        RunPageId,
        ReportPageId
    };

    // profileFolder: where mapping profiles are kept (the user's own folder by default).
    ImportWizard(core::Workspace& workspace, const QString& profileFolder,
                 QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportSession& session() { return *m_session; }
    FilePage* filePage() const { return m_filePage; }
    CleaningPage* cleaningPage() const { return m_cleaningPage; }
    RunPage* runPage() const { return m_runPage; }
    ReportPage* reportPage() const { return m_reportPage; }

    // Starts on a file: fills the path and opens it (the module page's drop and the developer
    // option use it).
    void setFile(const QString& path);

public slots:
    void reject() override;

signals:
    // A batch reached the register: the history and the customer list read again.
    void batchImported(qint64 batchId);

private:
    std::unique_ptr<ImportSession> m_session;
    FilePage* m_filePage = nullptr;
    SheetPage* m_sheetPage = nullptr;
    MappingPage* m_mappingPage = nullptr;
    CleaningPage* m_cleaningPage = nullptr;
    MatchingPage* m_matchingPage = nullptr;
    RunPage* m_runPage = nullptr;
    ReportPage* m_reportPage = nullptr;
};

} // namespace luotsi::gui

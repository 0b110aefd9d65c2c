#include "ReportPage.h"

#include "ImportSession.h"
#include "core/importing/ImportReportWriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

ReportPage::ReportPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Report"));
    setSubTitle(tr("The batch is in the register. The import history lists it with every row's "
                   "outcome, and can undo it."));
    setFinalPage(true);

    m_batch = new QLabel(this);
    m_batch->setObjectName(QStringLiteral("batchLabel"));
    m_batch->setWordWrap(true);
    m_batch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("reportCountsLabel"));
    m_counts->setTextFormat(Qt::RichText);
    m_leftOut = new QLabel(this);
    m_leftOut->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOut->setWordWrap(true);
    m_save = new QPushButton(tr("&Save rejected and skipped rows…"), this);
    m_save->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedRowsLabel"));
    m_saved->setWordWrap(true);
    m_saved->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_batch);
    layout->addSpacing(8);
    layout->addWidget(m_counts);
    layout->addSpacing(8);
    layout->addWidget(m_leftOut);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_saved);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &ReportPage::saveRows);
}

void ReportPage::initializePage()
{
    if (!m_session.result())
        return;
    const ImportReport& report = *m_session.result();
    const ImportBatch& batch = report.batch;
    const QLocale locale;
    QString text = tr("Batch %1: %2, sheet %3, source system %4.")
                       .arg(batch.id)
                       .arg(batch.fileName, batch.sheet, batch.sourceSystem);
    if (!batch.profile.isEmpty())
        text += u' ' + tr("Profile %1.").arg(batch.profile);
    text += u' ' + tr("%1 rows in %2 s.")
                       .arg(locale.toString(batch.counts.rowsRead),
                            locale.toString(report.seconds, 'f', 1));
    if (report.earlierBatchOfSameFile != 0)
        text +=
            u' ' +
            tr("The same file was imported before as batch %1.").arg(report.earlierBatchOfSameFile);
    for (const QString& note : report.notes)
        text += u' ' + note;
    m_batch->setText(text);

    QString rows;
    for (const RowOutcome outcome :
         {RowOutcome::New, RowOutcome::Update, RowOutcome::Unchanged, RowOutcome::PossibleDuplicate,
          RowOutcome::Rejected, RowOutcome::Skipped}) {
        rows += QStringLiteral("<tr><td style='padding-right:24px'>%1</td>"
                               "<td align='right'><b>%2</b></td></tr>")
                    .arg(outcomeDisplayName(outcome).toHtmlEscaped(),
                         locale.toString(batch.counts.of(outcome)));
    }
    m_counts->setText(QStringLiteral("<table>") + rows + QStringLiteral("</table>"));

    const qint64 leftOut =
        batch.counts.rejected + batch.counts.skipped + batch.counts.possibleDuplicates;
    m_leftOut->setText(leftOut > 0 ? tr("%Ln row(s) did not reach the register. Save them with "
                                        "the reason per row, fix them in Excel and import the "
                                        "file again.",
                                        nullptr, int(qMin<qint64>(leftOut, INT_MAX)))
                                   : tr("Every row reached the register."));
    m_save->setEnabled(leftOut > 0);
    m_saved->clear();
}

void ReportPage::saveRows()
{
    const QFileInfo source(m_session.filePath());
    const QString start =
        source.absoluteDir().filePath(tr("%1-not-imported.xlsx").arg(source.completeBaseName()));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save rejected and skipped rows"), start,
        tr("Excel workbook (*.xlsx);;CSV, semicolons (*.csv)"), &filter);
    if (!path.isEmpty())
        saveRowsTo(path);
}

bool ReportPage::saveRowsTo(const QString& path)
{
    if (!m_session.result())
        return false;
    if (const auto status = ImportReportWriter::write(*m_session.result(), path); !status) {
        QMessageBox::warning(this, tr("Save rejected and skipped rows"),
                             tr("The rows could not be saved: %1").arg(status.error().text()));
        return false;
    }
    m_saved->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace luotsi::gui

#include "CleaningPage.h"

#include "ImportJob.h"
#include "ImportSession.h"
#include "PreviewRowsModel.h"
#include "core/importing/cleaning/DateParser.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

CleaningPage::CleaningPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("cleaningPage"));
    setTitle(tr("Cleaning preview"));
    setSubTitle(tr("What cleaning does to each row: values repaired (fixed), values left out or "
                   "doubtful (warning), and rows that will not be imported (rejected). This is "
                   "a trial run: the register does not change."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("previewProgressBar"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setWordWrap(true);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("levelFilterComboBox"));
    m_filter->addItem(tr("All rows"), int(PreviewRowsModel::Filter::All));
    m_filter->addItem(tr("Rows with findings"), int(PreviewRowsModel::Filter::WithFindings));
    m_filter->addItem(tr("Fixed"), int(PreviewRowsModel::Filter::Fixed));
    m_filter->addItem(tr("Warnings"), int(PreviewRowsModel::Filter::Warnings));
    m_filter->addItem(tr("Rejected"), int(PreviewRowsModel::Filter::Rejected));
    m_filter->setCurrentIndex(1);

    m_model = new PreviewRowsModel(this);
    m_model->setFilter(PreviewRowsModel::Filter::WithFindings);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cleaningTableView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PreviewRowsModel::RowColumn, 60);
    m_table->setColumnWidth(PreviewRowsModel::LevelColumn, 100);
    m_table->setColumnWidth(PreviewRowsModel::NameColumn, 280);

    m_dates = new QGroupBox(tr("Dates that read two ways"), this);
    m_dates->setObjectName(QStringLiteral("dateOrderGroupBox"));
    m_datesLayout = new QVBoxLayout(m_dates);
    m_dates->hide();

    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_dates);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(PreviewRowsModel::Filter(m_filter->currentData().toInt()));
    });
}

CleaningPage::~CleaningPage() = default;

void CleaningPage::initializePage()
{
    startPreview();
}

void CleaningPage::cleanupPage()
{
    cancel();
}

void CleaningPage::cancel()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        // It ends at its next progress report and rolls back; then it goes.
        connect(m_job, &ImportJob::finished, m_job, &QObject::deleteLater);
        m_job = nullptr;
    }
}

bool CleaningPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void CleaningPage::startPreview()
{
    cancel();
    m_ready = false;
    m_model->setRows(nullptr);
    m_progress->setRange(0, 0); // busy until the first report says how far
    m_progress->show();
    m_status->setText(tr("Reading and cleaning the rows…"));
    emit completeChanged();

    m_job = ImportJob::import(ImportJob::of(m_session.workspace()), m_session.options(true), this);
    connect(m_job, &ImportJob::progressed, this, [this](qint64 rows, qint64 estimated) {
        if (estimated > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * rows / estimated));
        }
        m_status->setText(tr("Reading and cleaning the rows… %1").arg(QLocale().toString(rows)));
    });
    connect(m_job, &ImportJob::finished, this, &CleaningPage::previewDone);
    m_job->start();
}

void CleaningPage::previewDone(bool ok, const QString& error)
{
    ImportJob* job = m_job;
    m_job = nullptr;
    job->deleteLater();
    m_progress->hide();
    if (!ok || !job->report()) {
        m_status->setText(tr("The preview failed: %1").arg(error));
        m_status->setStyleSheet(QStringLiteral("color: #a61b1b;"));
        emit previewFinished(false);
        return;
    }
    m_status->setStyleSheet(QString());
    m_session.setPreview(*job->report());
    m_model->setRows(&m_session.preview()->rows);
    m_ready = true;
    updateSummary();
    showDateDecisions();
    emit completeChanged();
    emit previewFinished(true);
}

void CleaningPage::updateSummary()
{
    const ImportReport& report = *m_session.preview();
    const QLocale locale;
    QString text = tr("%1 rows read: %2 clean, %3 with fixes, %4 with warnings, %5 rejected.")
                       .arg(locale.toString(report.batch.counts.rowsRead),
                            locale.toString(m_model->count(PreviewRowsModel::Level::Clean)),
                            locale.toString(m_model->count(PreviewRowsModel::Level::Fixed)),
                            locale.toString(m_model->count(PreviewRowsModel::Level::Warning)),
                            locale.toString(m_model->count(PreviewRowsModel::Level::Rejected)));
    if (report.rowsNotKept > 0)
        text += u' ' +
                tr("The table shows the first %1 rows.").arg(locale.toString(report.rows.size()));
    if (report.earlierBatchOfSameFile != 0)
        text += u' ' + tr("This file was imported before (batch %1): importing it again "
                          "changes nothing that is already there.")
                           .arg(report.earlierBatchOfSameFile);
    for (const QString& note : report.notes)
        text += u' ' + note;
    m_status->setText(text);
}

void CleaningPage::showDateDecisions()
{
    while (QLayoutItem* item = m_datesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto ambiguous = m_session.ambiguousDateColumns();
    m_dates->setVisible(!ambiguous.isEmpty());
    if (ambiguous.isEmpty())
        return;
    auto* note = new QLabel(tr("These date columns have values such as 1.2.2007 that can be "
                               "read as 1 February or 2 January. Choose how the system wrote "
                               "them; until then, such dates are left out."),
                            m_dates);
    note->setWordWrap(true);
    m_datesLayout->addWidget(note);
    for (const auto& [column, sample] : ambiguous) {
        auto* row = new QWidget(m_dates);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString header = m_session.headers().value(column);
        auto* label = new QLabel(
            tr("Column %1 \"%2\", e.g. %3:").arg(SheetCell::columnName(column), header, sample),
            row);
        auto* combo = new QComboBox(row);
        combo->setObjectName(QStringLiteral("dateOrderComboBox_%1").arg(column));
        combo->addItem(tr("Choose…"), int(DateOrder::Unknown));
        combo->addItem(tr("Day first (1.2.2007 is 1 February)"), int(DateOrder::DayFirst));
        combo->addItem(tr("Month first (1/2/2007 is 2 January)"), int(DateOrder::MonthFirst));
        label->setBuddy(combo);
        rowLayout->addWidget(label);
        rowLayout->addWidget(combo);
        rowLayout->addStretch(1);
        m_datesLayout->addWidget(row);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
            const auto order = DateOrder(combo->currentData().toInt());
            if (order == DateOrder::Unknown)
                return;
            for (MappedColumn& mapped : m_session.mapping().columns) {
                if (mapped.column == column)
                    mapped.dateOrder = order;
            }
            startPreview();
        });
    }
}

bool CleaningPage::isComplete() const
{
    return m_ready && m_session.ambiguousDateColumns().isEmpty();
}

} // namespace luotsi::gui

#include "MatchingPage.h"

#include "DuplicatesModel.h"
#include "ImportSession.h"
#include "card/ChoiceDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

MatchingPage::MatchingPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("matchingPage"));
    setTitle(tr("Matching review"));
    setSubTitle(tr("How the rows match the register and each other. Rows that resemble an "
                   "existing customer but not surely are possible duplicates: decide whether "
                   "each is that customer (merge), another customer (create new) or not wanted "
                   "(skip)."));
    // Import is the point of no return: the run page has no way back to the review.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("outcomeCountsLabel"));
    m_counts->setTextFormat(Qt::RichText);
    m_duplicatesNote = new QLabel(this);
    m_duplicatesNote->setObjectName(QStringLiteral("duplicatesNoteLabel"));
    m_duplicatesNote->setWordWrap(true);

    m_model = new DuplicatesModel(session.decisions(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("duplicatesTableView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DuplicatesModel::RowColumn, 55);
    m_table->setColumnWidth(DuplicatesModel::NameColumn, 220);
    m_table->setColumnWidth(DuplicatesModel::ScoreColumn, 90);
    m_table->setColumnWidth(DuplicatesModel::CustomerColumn, 250);
    m_table->setColumnWidth(DuplicatesModel::AgreedColumn, 320);
    ChoiceDelegate::Choices choices;
    for (const ReviewDecision decision : {ReviewDecision::Leave, ReviewDecision::Merge,
                                          ReviewDecision::CreateNew, ReviewDecision::Skip})
        choices.append({DuplicatesModel::decisionText(decision), int(decision)});
    m_table->setItemDelegateForColumn(DuplicatesModel::DecisionColumn,
                                      new ChoiceDelegate(choices, m_table));

    m_merge = new QPushButton(tr("&Merge"), this);
    m_merge->setObjectName(QStringLiteral("mergeSelectedButton"));
    m_merge->setToolTip(tr("The selected rows are the customers they resemble: add their data "
                           "to those customers."));
    m_createNew = new QPushButton(tr("Create &new"), this);
    m_createNew->setObjectName(QStringLiteral("createNewSelectedButton"));
    m_createNew->setToolTip(tr("The selected rows are other customers: create each as new."));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setObjectName(QStringLiteral("skipSelectedButton"));
    m_skip->setToolTip(tr("Do not import the selected rows; the report lists them."));
    m_later = new QPushButton(tr("Decide &later"), this);
    m_later->setObjectName(QStringLiteral("leaveSelectedButton"));
    m_later->setToolTip(tr("Keep the selected rows out of the register for now; the report "
                           "lists them for a later import."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("For the selected rows:"), this));
    buttons->addWidget(m_merge);
    buttons->addWidget(m_createNew);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_later);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addSpacing(6);
    layout->addWidget(m_duplicatesNote);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    // Takes the height when there is no table to show, so the counts stay at the top.
    layout->addStretch(0);

    connect(m_merge, &QPushButton::clicked, this,
            [this] { decideSelected(int(ReviewDecision::Merge)); });
    connect(m_createNew, &QPushButton::clicked, this,
            [this] { decideSelected(int(ReviewDecision::CreateNew)); });
    connect(m_skip, &QPushButton::clicked, this,
            [this] { decideSelected(int(ReviewDecision::Skip)); });
    connect(m_later, &QPushButton::clicked, this,
            [this] { decideSelected(int(ReviewDecision::Leave)); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MatchingPage::updateDecisionSummary);
    const auto updateButtons = [this] {
        const bool any = m_table->selectionModel()->hasSelection();
        for (QPushButton* button : {m_merge, m_createNew, m_skip, m_later})
            button->setEnabled(any);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
}

void MatchingPage::initializePage()
{
    m_model->setRows(m_session.preview() ? &m_session.preview()->rows : nullptr);
    updateDecisionSummary();
}

void MatchingPage::decideSelected(int decision)
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    m_model->setDecision(rows, ReviewDecision(decision));
}

void MatchingPage::updateDecisionSummary()
{
    if (!m_session.preview())
        return;
    const OutcomeCounts& counts = m_session.preview()->batch.counts;
    // What the run will do: the preview's counts with the admin's decisions applied.
    qint64 created = counts.created;
    qint64 updated = counts.updated;
    qint64 skipped = counts.skipped;
    qint64 pending = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->decision(row)) {
        case ReviewDecision::Merge:
            ++updated;
            break;
        case ReviewDecision::CreateNew:
            ++created;
            break;
        case ReviewDecision::Skip:
            ++skipped;
            break;
        case ReviewDecision::Leave:
            ++pending;
            break;
        }
    }
    const QLocale locale;
    const auto cell = [&locale](const QString& label, qint64 value) {
        return QStringLiteral("<td style='padding-right:24px'>%1<br><b style='font-size:large'>"
                              "%2</b></td>")
            .arg(label.toHtmlEscaped(), locale.toString(value));
    };
    m_counts->setText(
        QStringLiteral("<table><tr>") + cell(outcomeDisplayName(RowOutcome::New), created) +
        cell(outcomeDisplayName(RowOutcome::Update), updated) +
        cell(outcomeDisplayName(RowOutcome::Unchanged), counts.unchanged) +
        cell(outcomeDisplayName(RowOutcome::PossibleDuplicate), pending) +
        cell(outcomeDisplayName(RowOutcome::Rejected), counts.rejected) +
        cell(outcomeDisplayName(RowOutcome::Skipped), skipped) + QStringLiteral("</tr></table>"));
    if (m_session.mapping().target == ImportTarget::SalesFacts) {
        // Sales facts name their customers exactly: found, or the row is rejected.
        m_duplicatesNote->setText(
            tr("Sales facts: every row's customer was found by its key, customer number or "
               "business ID, or the row is rejected (the cleaning preview says why). New: "
               "facts the register does not have yet; Update: facts whose revenue or orders "
               "change; Unchanged: facts the register already has as the file says."));
        m_table->hide();
    } else if (m_model->rowCount() == 0) {
        m_duplicatesNote->setText(tr("No possible duplicates: nothing to decide."));
        m_table->hide();
    } else {
        m_table->show();
        m_duplicatesNote->setText(
            tr("%Ln possible duplicate(s). Double-click a decision to change it, or select "
               "rows and use the buttons below. Undecided rows stay out of the register and "
               "are listed in the report.",
               nullptr, m_model->rowCount()));
    }
}

} // namespace luotsi::gui

#include "DuplicatesPage.h"

#include "DuplicateGroupsModel.h"
#include "DuplicateSearchBar.h"
#include "GroupComparisonModel.h"
#include "GroupComparisonView.h"
#include "core/Workspace.h"
#include "core/duplicates/DuplicateReview.h"
#include "core/merging/MergeService.h"
#include "core/register/CustomerService.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::duplicates;
using namespace luotsi::core::merging;

DuplicatesPage::DuplicatesPage(Workspace& workspace, MergeService& merges,
                               std::function<void(qint64)> openCustomer, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_merges(merges)
    , m_openCustomer(std::move(openCustomer))
{
    setObjectName(QStringLiteral("duplicatesPage"));
    m_search = new DuplicateSearchBar(workspace, this);

    m_groupsModel = new DuplicateGroupsModel(
        [&workspace](qint64 id) {
            const auto ref = workspace.customers().ref(id);
            return ref ? ref->name : QString();
        },
        this);
    m_groups = new QTableView(this);
    m_groups->setObjectName(QStringLiteral("duplicateGroupsTableView"));
    m_groups->setModel(m_groupsModel);
    m_groups->verticalHeader()->hide();
    m_groups->verticalHeader()->setDefaultSectionSize(m_groups->fontMetrics().height() + 8);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->setWordWrap(false);
    m_groups->setSortingEnabled(true);
    m_groups->sortByColumn(DuplicateGroupsModel::ScoreColumn, Qt::DescendingOrder);
    QHeaderView* header = m_groups->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DuplicateGroupsModel::NamesColumn, QHeaderView::Stretch);
    // Wide enough for the translated titles ("Vastaavuus") with the sort arrow.
    for (const int column :
         {int(DuplicateGroupsModel::ScoreColumn), int(DuplicateGroupsModel::MembersColumn)}) {
        const QString title =
            m_groupsModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_groups->setColumnWidth(column,
                                 std::max(70, header->fontMetrics().horizontalAdvance(title) + 32));
    }
    m_groups->setColumnWidth(DuplicateGroupsModel::AgreedColumn, 300);
    m_groups->setColumnWidth(DuplicateGroupsModel::StatusColumn, 90);
    m_groupsNote = new QLabel(this);
    m_groupsNote->setObjectName(QStringLiteral("groupsNoteLabel"));

    m_comparisonModel = new GroupComparisonModel(
        MergeService::fieldCodes(), &MergeService::fieldTitle,
        [&merges](const Customer& customer, const QString& code) {
            return merges.fieldValue(customer, code);
        },
        this);
    m_comparison = new GroupComparisonView(m_comparisonModel, this);
    m_comparisonNote = new QLabel(this);
    m_comparisonNote->setObjectName(QStringLiteral("comparisonNoteLabel"));
    m_comparisonNote->setWordWrap(true);

    m_merge = new QPushButton(tr("&Merge…"), this);
    m_merge->setObjectName(QStringLiteral("mergeGroupButton"));
    m_merge->setToolTip(tr("Merge the included records into the survivor with the ticked "
                           "values."));
    m_notDuplicate = new QPushButton(tr("&Not a duplicate"), this);
    m_notDuplicate->setObjectName(QStringLiteral("notDuplicateButton"));
    m_notDuplicate->setToolTip(tr("These are different customers: never propose them together "
                                  "again."));
    m_later = new QPushButton(tr("&Later"), this);
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_later->setToolTip(tr("Keep the group in the list and go on to the next one."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("decisionStatusLabel"));
    m_status->setWordWrap(true);

    auto* groupsBox = new QWidget(this);
    auto* groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addWidget(m_groupsNote);
    groupsLayout->addWidget(m_groups, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_later);
    buttons->addWidget(m_notDuplicate);
    buttons->addWidget(m_merge);
    auto* comparisonBox = new QWidget(this);
    auto* comparisonLayout = new QVBoxLayout(comparisonBox);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addWidget(m_comparisonNote);
    comparisonLayout->addWidget(m_comparison, 1);
    comparisonLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(groupsBox);
    splitter->addWidget(comparisonBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);

    connect(m_search, &DuplicateSearchBar::finished, this, [this](bool ok) {
        reload();
        if (ok)
            emit registerChanged(); // the pending-duplicates count changed
    });
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DuplicatesPage::showGroup);
    connect(m_groupsModel, &QAbstractItemModel::modelReset, this, &DuplicatesPage::showGroup);
    connect(m_comparisonModel, &GroupComparisonModel::planChanged, this,
            &DuplicatesPage::updateButtons);
    connect(m_comparison, &GroupComparisonView::openCustomerRequested, this, [this](qint64 id) {
        if (m_openCustomer)
            m_openCustomer(id);
    });
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesPage::mergeSelected);
    connect(m_notDuplicate, &QPushButton::clicked, this, &DuplicatesPage::markNotDuplicate);
    connect(m_later, &QPushButton::clicked, this, &DuplicatesPage::markLater);
    reload();
}

DuplicatesPage::~DuplicatesPage() = default;

void DuplicatesPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

qint64 DuplicatesPage::selectedGroupId() const
{
    const QModelIndex current = m_groups->currentIndex();
    return current.isValid() ? m_groupsModel->group(current.row()).id : 0;
}

void DuplicatesPage::selectGroup(qint64 groupId)
{
    const int row = m_groupsModel->rowOf(groupId);
    if (row < 0)
        return;
    m_groups->setCurrentIndex(m_groupsModel->index(row, 0));
    m_groups->selectRow(row);
}

void DuplicatesPage::reload()
{
    const qint64 chosen = selectedGroupId();
    DuplicateReview review(m_workspace);
    auto groups = review.openGroups();
    if (!groups) {
        m_groupsNote->setText(tr("The groups cannot be read: %1").arg(groups.error().text()));
        return;
    }
    m_groupsModel->setGroups(std::move(groups).value());
    m_groupsModel->sort(m_groups->horizontalHeader()->sortIndicatorSection(),
                        m_groups->horizontalHeader()->sortIndicatorOrder());
    QString note;
    if (m_groupsModel->rowCount() == 0) {
        const auto run = review.latestRun();
        note = run && run.value()
                   ? tr("No groups wait for a decision. \"Find duplicates\" searches the "
                        "register again.")
                   : tr("The register has not been searched for duplicates yet: choose the part "
                        "to search and \"Find duplicates\".");
    } else {
        note = tr("%Ln group(s) wait for a decision. Choose one to compare its records.", nullptr,
                  m_groupsModel->rowCount());
    }
    m_groupsNote->setText(note);
    if (m_groupsModel->rowOf(chosen) >= 0)
        selectGroup(chosen);
    else if (m_groupsModel->rowCount() > 0)
        selectGroup(m_groupsModel->group(0).id);
    else
        showGroup();
}

void DuplicatesPage::showGroup()
{
    const int row = m_groups->currentIndex().isValid() ? m_groups->currentIndex().row() : -1;
    if (row < 0) {
        m_comparisonModel->clear();
        m_comparisonNote->setText(m_groupsModel->rowCount() > 0 ? tr("Choose a group above.")
                                                                : QString());
        updateButtons();
        return;
    }
    const DuplicateGroup& group = m_groupsModel->group(row);
    // A member may have been merged or removed since the search: compare the ones still there.
    QList<Customer> members;
    for (const qint64 id : group.customerIds) {
        if (auto customer = m_workspace.customers().load(id))
            members.append(std::move(customer).value());
    }
    if (members.size() < 2) {
        m_comparisonModel->clear();
        m_comparisonNote->setText(tr("Only one of this group's customers is left: the others "
                                     "were merged or removed. \"Not a duplicate\" closes the "
                                     "group."));
        updateButtons();
        return;
    }
    QList<qint64> ids;
    for (const Customer& customer : std::as_const(members))
        ids.append(customer.id);
    auto plan = m_merges.propose(ids);
    if (!plan) {
        m_comparisonModel->clear();
        m_comparisonNote->setText(tr("The merge cannot be proposed: %1").arg(plan.error().text()));
        updateButtons();
        return;
    }
    m_comparisonModel->setGroup(std::move(members), std::move(plan).value());
    m_comparisonNote->setText(
        tr("Score %1. Click a value to keep it: the ticked value of each row survives. Tinted "
           "values differ from the other records. Double-click a name to open the card.")
            .arg(DuplicateGroupsModel::scoreText(group.score)));
}

void DuplicatesPage::updateButtons()
{
    const bool chosen = selectedGroupId() != 0;
    m_merge->setEnabled(chosen && m_comparisonModel->canMerge());
    m_notDuplicate->setEnabled(chosen);
    m_later->setEnabled(chosen);
}

QString DuplicatesPage::memberList(const QList<qint64>& ids) const
{
    QStringList lines;
    for (const qint64 id : ids) {
        const int column = m_comparisonModel->columnOf(id);
        const QString name = column >= 0 ? m_comparisonModel->members().at(column).name : QString();
        lines.append(tr("• %1 (id %2)").arg(name).arg(id));
    }
    return lines.join(QLatin1Char('\n'));
}

void DuplicatesPage::mergeSelected()
{
    const qint64 groupId = selectedGroupId();
    if (groupId == 0 || !m_comparisonModel->canMerge())
        return;
    const MergePlan plan = m_comparisonModel->plan();
    const QList<qint64> excluded = m_comparisonModel->excludedIds();
    const Customer& survivor =
        m_comparisonModel->members().at(m_comparisonModel->columnOf(plan.survivorId));
    QString text = tr("Merge these records into \"%1\" (id %2)?\n\n%3\n\nThe survivor keeps the "
                      "ticked values and gets every record's phones, emails, addresses, contacts "
                      "and source keys; the merged records are removed. The Merges tab can undo "
                      "this.")
                       .arg(survivor.name)
                       .arg(survivor.id)
                       .arg(memberList(plan.memberIds));
    if (!excluded.isEmpty())
        text +=
            tr("\n\nLeft out, and not proposed with these again:\n%1").arg(memberList(excluded));
    const QString title = tr("Merge customers");
    if (!m_prompts.confirm(this, title, text))
        return;

    const auto mergeId = m_merges.merge(plan);
    if (!mergeId) {
        setStatus(tr("The records were not merged: %1").arg(mergeId.error().text()));
        m_prompts.warn(this, title,
                       tr("The records were not merged.\n\n%1").arg(mergeId.error().text()));
        return;
    }
    DuplicateReview review(m_workspace);
    QStringList problems;
    if (const Status marked = review.markMerged(groupId, mergeId.value()); !marked)
        problems.append(marked.error().text());
    QList<std::pair<qint64, qint64>> pairs;
    QList<qint64> merged = plan.memberIds;
    merged.prepend(plan.survivorId);
    for (const qint64 out : excluded) {
        for (const qint64 in : std::as_const(merged))
            pairs.append({qMin(out, in), qMax(out, in)});
    }
    if (!pairs.isEmpty()) {
        if (const Status remembered = review.rememberNotDuplicates(pairs); !remembered)
            problems.append(remembered.error().text());
    }
    m_groupsModel->forgetNames(); // the survivor may have taken another's name
    QString message = tr("Merged %Ln record(s) into \"%1\".", nullptr, int(plan.memberIds.size()))
                          .arg(survivor.name);
    if (!problems.isEmpty())
        message += QLatin1Char(' ') +
                   tr("The decision was not recorded: %1").arg(problems.join(QStringLiteral("; ")));
    groupDecided(groupId, message);
}

void DuplicatesPage::markNotDuplicate()
{
    const qint64 groupId = selectedGroupId();
    if (groupId == 0)
        return;
    if (const Status marked = DuplicateReview(m_workspace).markNotDuplicate(groupId); !marked) {
        setStatus(tr("The decision was not saved: %1").arg(marked.error().text()));
        return;
    }
    groupDecided(groupId, tr("Marked as different customers; they are not proposed together "
                             "again."));
}

void DuplicatesPage::markLater()
{
    const qint64 groupId = selectedGroupId();
    if (groupId == 0)
        return;
    if (const Status marked = DuplicateReview(m_workspace).markLater(groupId); !marked) {
        setStatus(tr("The decision was not saved: %1").arg(marked.error().text()));
        return;
    }
    // The group stays in the list, put off; the admin goes on with the next one.
    m_groupsModel->setStatus(groupId, DuplicateGroupStatus::Later);
    const int row = m_groupsModel->rowOf(groupId);
    if (row + 1 < m_groupsModel->rowCount())
        selectGroup(m_groupsModel->group(row + 1).id);
    setStatus(tr("Put off for later."));
}

void DuplicatesPage::groupDecided(qint64 groupId, const QString& message)
{
    const int row = m_groupsModel->rowOf(groupId);
    m_groupsModel->removeGroup(groupId);
    const int count = m_groupsModel->rowCount();
    if (count > 0)
        selectGroup(m_groupsModel->group(qBound(0, row, count - 1)).id);
    else
        showGroup();
    m_groupsNote->setText(count == 0 ? tr("No groups wait for a decision.")
                                     : tr("%Ln group(s) wait for a decision. Choose one to "
                                          "compare its records.",
                                          nullptr, count));
    setStatus(message);
    emit registerChanged();
}

} // namespace luotsi::gui

#include "RuleExplanationDialog.h"

#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

const QColor heldColour(0x1e, 0x84, 0x49);
const QColor failedColour(0xc0, 0x39, 0x2b);

QTreeWidget* explanationTree(QWidget* parent, const QString& objectName)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setColumnCount(1);
    tree->header()->hide();
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setIndentation(20);
    tree->setWordWrap(true);
    return tree;
}

} // namespace

RuleExplanationDialog::RuleExplanationDialog(Workspace& workspace, const Segment& draft,
                                             qint64 customerId,
                                             std::function<void(qint64)> openCustomer,
                                             QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_draft(draft)
    , m_customerId(customerId)
    , m_openCustomer(std::move(openCustomer))
{
    setObjectName(QStringLiteral("ruleExplanationDialog"));
    setWindowTitle(tr("Test on a customer"));
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("customerLabel"));
    m_customer->setTextFormat(Qt::PlainText);
    QFont bold = m_customer->font();
    bold.setBold(true);
    m_customer->setFont(bold);
    const auto ref = workspace.customers().ref(customerId);
    m_customer->setText(ref ? ref->name : tr("Customer %1").arg(customerId));
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setToolTip(tr("The facts are counted over the 12 months up to this day's month."));
    m_openCard = new QPushButton(tr("Open the customer's &card"), this);
    m_openCard->setObjectName(QStringLiteral("openCardButton"));
    m_openCard->setEnabled(bool(m_openCustomer));

    m_ruleLabel = new QLabel(this);
    m_ruleLabel->setObjectName(QStringLiteral("ruleLabel"));
    m_ruleLabel->setWordWrap(true);
    m_ruleTree = explanationTree(this, QStringLiteral("ruleExplanationTreeWidget"));
    m_segmentsLabel =
        new QLabel(tr("Every active segment in priority order, with its saved rule:"), this);
    m_segmentsLabel->setWordWrap(true);
    m_segmentsTree = explanationTree(this, QStringLiteral("segmentsExplanationTreeWidget"));
    m_winner = new QLabel(this);
    m_winner->setObjectName(QStringLiteral("winnerLabel"));
    m_winner->setWordWrap(true);
    m_override = new QLabel(this);
    m_override->setObjectName(QStringLiteral("overrideLabel"));
    m_override->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("explanationErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_customer, 1);
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(m_openCard);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_ruleLabel);
    layout->addWidget(m_ruleTree, 1);
    layout->addWidget(m_segmentsLabel);
    layout->addWidget(m_segmentsTree, 2);
    layout->addWidget(m_winner);
    layout->addWidget(m_override);
    layout->addWidget(buttons);
    resize(640, 620);

    connect(m_asOf, &QDateEdit::dateChanged, this, &RuleExplanationDialog::refresh);
    connect(m_openCard, &QPushButton::clicked, this, [this] {
        if (m_openCustomer)
            m_openCustomer(m_customerId);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    refresh();
}

void RuleExplanationDialog::setDraft(const Segment& draft)
{
    m_draft = draft;
    QStringList errors;
    explainDraft(errors);
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
}

void RuleExplanationDialog::setAsOf(const QDate& asOf)
{
    m_asOf->setDate(asOf); // refreshes through dateChanged
}

void RuleExplanationDialog::refresh()
{
    QStringList errors;
    explainDraft(errors);
    explainSegments(errors);
    showOverride();
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
}

void RuleExplanationDialog::explainDraft(QStringList& errors)
{
    const QString name = m_draft.name().isEmpty() ? tr("new segment") : m_draft.name();
    m_ruleLabel->setText(tr("The rule of %1 as edited here:").arg(name));
    m_ruleTree->clear();
    const auto lines =
        m_workspace.segmentation().explainRule(m_draft.rule, m_customerId, m_asOf->date());
    if (!lines) {
        errors.append(lines.error().text());
        return;
    }
    addLines(m_ruleTree, nullptr, *lines);
    m_ruleTree->expandAll();
}

void RuleExplanationDialog::explainSegments(QStringList& errors)
{
    m_segmentsTree->clear();
    m_winnerId = 0;
    const auto explanations =
        m_workspace.segmentation().explain(m_draft.segmentationId, m_customerId, m_asOf->date());
    if (!explanations) {
        errors.append(explanations.error().text());
        m_winner->clear();
        return;
    }
    QString winnerName;
    for (const SegmentationService::SegmentExplanation& explanation : *explanations) {
        const bool wins = m_winnerId == 0 && explanation.held && explanation.segment.active;
        auto* item = new QTreeWidgetItem(m_segmentsTree);
        QString text = (explanation.held ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                       explanation.segment.name();
        if (wins) {
            m_winnerId = explanation.segment.id;
            winnerName = explanation.segment.name();
            text += QStringLiteral("  ") + tr("← wins");
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
        item->setText(0, text);
        item->setData(0, Qt::UserRole, explanation.segment.id);
        item->setIcon(0, [&] {
            QPixmap chip(12, 12);
            chip.fill(QColor(explanation.segment.colour));
            return QIcon(chip);
        }());
        item->setForeground(0, explanation.held ? heldColour : failedColour);
        addLines(m_segmentsTree, item, explanation.lines);
        // The winner and the ones before it tell the story; later ones stay folded.
        if (m_winnerId == 0 || wins)
            expandAll(item);
    }
    m_winner->setText(m_winnerId != 0
                          ? tr("The rules put the customer in %1.").arg(winnerName)
                          : tr("No segment's rule holds: the customer gets no segment."));
}

void RuleExplanationDialog::showOverride()
{
    m_override->clear();
    m_override->hide();
    const auto current = m_workspace.segmentation().segmentOf(m_customerId, m_draft.segmentationId);
    if (!current || !current->override || !current->override->isActiveOn(m_asOf->date()))
        return;
    const SegmentOverride& manual = *current->override;
    const auto segment = m_workspace.segmentCatalog().segment(manual.segmentId);
    const QString name = segment ? segment->name() : QString::number(manual.segmentId);
    m_override->setText(
        manual.expiresOn.isValid()
            ? tr("A manual segment wins over the rules until %1: %2 (%3).")
                  .arg(QLocale().toString(manual.expiresOn, QLocale::ShortFormat), name,
                       manual.reason)
            : tr("A manual segment wins over the rules: %1 (%2).").arg(name, manual.reason));
    m_override->show();
}

void RuleExplanationDialog::addLines(QTreeWidget* tree, QTreeWidgetItem* parent,
                                     const QList<ExplanationLine>& lines)
{
    // The last item seen at each depth: a deeper line belongs under the one before it.
    QList<QTreeWidgetItem*> byDepth;
    for (const ExplanationLine& line : lines) {
        const int depth = std::max(0, line.depth);
        QTreeWidgetItem* item = lineItem(line);
        QTreeWidgetItem* owner = parent;
        for (int d = std::min(depth, int(byDepth.size())) - 1; d >= 0; --d) {
            if (byDepth.at(d)) {
                owner = byDepth.at(d);
                break;
            }
        }
        if (owner)
            owner->addChild(item);
        else
            tree->addTopLevelItem(item);
        byDepth.resize(depth + 1);
        byDepth[depth] = item;
    }
}

void RuleExplanationDialog::expandAll(QTreeWidgetItem* item)
{
    item->setExpanded(true);
    for (int i = 0; i < item->childCount(); ++i)
        expandAll(item->child(i));
}

QTreeWidgetItem* RuleExplanationDialog::lineItem(const ExplanationLine& line)
{
    auto* item = new QTreeWidgetItem;
    item->setText(0, (line.held ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + line.text);
    item->setForeground(0, line.held ? heldColour : failedColour);
    item->setData(0, Qt::UserRole, line.held);
    item->setData(0, Qt::UserRole + 1, line.depth);
    return item;
}

} // namespace luotsi::gui

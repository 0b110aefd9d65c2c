#include "SegmentSection.h"

#include "CustomerCardDocument.h"
#include "SalesFactsPanel.h"
#include "SegmentCarePanel.h"
#include "SegmentOverrideDialog.h"
#include "core/Workspace.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

QString shortDate(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QTreeWidget* newTree(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

SegmentSection::SegmentSection(CardContext& context, QWidget* parent)
    : CardSection(context, parent)
{
    setObjectName(QStringLiteral("segmentSection"));
    auto* content = new QWidget;

    // The current segment, why, and what can be done about it.
    auto* currentBox = new QGroupBox(tr("Current segment"), content);
    m_currentLabel = new QLabel(currentBox);
    m_currentLabel->setObjectName(QStringLiteral("segmentCurrentLabel"));
    m_currentLabel->setTextFormat(Qt::RichText);
    QFont big = m_currentLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_currentLabel->setFont(big);
    m_reasonLabel = new QLabel(currentBox);
    m_reasonLabel->setObjectName(QStringLiteral("segmentReasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_otherLabel = new QLabel(currentBox);
    m_otherLabel->setObjectName(QStringLiteral("otherSegmentsLabel"));
    m_otherLabel->setTextFormat(Qt::RichText);
    m_errorLabel = new QLabel(currentBox);
    m_errorLabel->setObjectName(QStringLiteral("segmentErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_errorLabel->hide();
    m_setButton = new QPushButton(tr("Set segment &by hand…"), currentBox);
    m_setButton->setObjectName(QStringLiteral("setSegmentButton"));
    m_clearButton = new QPushButton(tr("&Remove manual segment"), currentBox);
    m_clearButton->setObjectName(QStringLiteral("clearSegmentOverrideButton"));
    m_clearButton->setToolTip(tr("Put the customer where the segment rules say now"));
    m_explainButton = new QPushButton(tr("&Why this segment?"), currentBox);
    m_explainButton->setObjectName(QStringLiteral("explainSegmentButton"));
    m_explainButton->setCheckable(true);
    m_explanation = newTree(currentBox, "segmentExplanationTreeWidget", {tr("Rule")});
    m_explanation->setRootIsDecorated(true);
    m_explanation->setHeaderHidden(true);
    m_explanation->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_setButton);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_explainButton);
    buttons->addStretch(1);
    auto* currentLayout = new QVBoxLayout(currentBox);
    currentLayout->addWidget(m_currentLabel);
    currentLayout->addWidget(m_reasonLabel);
    currentLayout->addWidget(m_otherLabel);
    currentLayout->addLayout(buttons);
    currentLayout->addWidget(m_errorLabel);
    currentLayout->addWidget(m_explanation);

    // The care model of the segment: who serves the customer, how and how often.
    m_care = new SegmentCarePanel(context.workspace, content);

    m_sales = new SalesFactsPanel(context.workspace, content);

    auto* historyBox = new QGroupBox(tr("Segment history"), content);
    m_history = newTree(historyBox, "segmentHistoryTreeWidget",
                        {tr("Date"), tr("Segmentation"), tr("Change"), tr("Reason"), tr("User")});
    m_history->setColumnWidth(0, 100);
    m_history->setColumnWidth(1, 170);
    m_history->setColumnWidth(2, 260);
    m_history->setColumnWidth(3, 260);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto* grid = new QGridLayout(content);
    grid->addWidget(currentBox, 0, 0);
    grid->addWidget(m_sales, 0, 1, 2, 1);
    grid->addWidget(m_care, 1, 0);
    grid->addWidget(historyBox, 2, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_setButton, &QPushButton::clicked, this, &SegmentSection::setByHand);
    connect(m_clearButton, &QPushButton::clicked, this, &SegmentSection::removeOverride);
    connect(m_explainButton, &QPushButton::toggled, this, [this](bool shown) {
        m_explanation->setVisible(shown);
        if (shown)
            showExplanation();
    });
    // A run, a manual segment or new facts elsewhere (another card, the segments module, a
    // worker's run) make what is shown stale; it is read again at once if this card is open.
    const auto stale = [this] {
        m_shownCustomer = -1;
        refresh();
    };
    SegmentationService& service = context.workspace.segmentation();
    connect(&service, &SegmentationService::assignmentsChanged, this,
            [this, stale](const QList<qint64>& ids) {
                if (ids.isEmpty() || ids.contains(m_context.document.saved().id))
                    stale();
            });
    connect(&service, &SegmentationService::factsChanged, this, [this, stale](qint64 id) {
        if (id == 0 || id == m_context.document.saved().id)
            stale();
    });
    connect(&context.workspace.segmentCatalog(), &SegmentCatalog::changed, this, stale);
}

QIcon SegmentSection::chipIcon(const QString& colour, int side)
{
    QPixmap chip(side, side);
    chip.fill(Qt::transparent);
    QPainter painter(&chip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(colour));
    painter.drawRoundedRect(QRectF(0, 0, side, side), side / 4.0, side / 4.0);
    return QIcon(chip);
}

QString SegmentSection::chipHtml(const QString& colour)
{
    return QStringLiteral("<span style=\"color:%1\">■</span>")
        .arg(QColor::fromString(colour).name());
}

QString SegmentSection::headerText(Workspace& workspace, qint64 customerId)
{
    if (customerId == 0)
        return tr("Segment: not segmented");
    auto primary = workspace.segmentCatalog().primarySegmentation();
    if (!primary)
        return tr("Segment: unknown (%1)").arg(primary.error().text().toHtmlEscaped());
    auto current = workspace.segmentation().segmentOf(customerId, primary->id);
    if (!current)
        return tr("Segment: unknown (%1)").arg(current.error().text().toHtmlEscaped());
    if (current->segmentId == 0)
        return tr("Segment: not segmented");
    auto segment = workspace.segmentCatalog().segment(current->segmentId);
    if (!segment)
        return tr("Segment: unknown (%1)").arg(segment.error().text().toHtmlEscaped());
    const QString name = chipHtml(segment->colour) + QLatin1Char(' ') +
                         QStringLiteral("<b>%1</b>").arg(segment->name().toHtmlEscaped());
    return current->override ? tr("Segment: %1 (set by hand)").arg(name)
                             : tr("Segment: %1").arg(name);
}

QString SegmentSection::reasonText(const SegmentChange& change)
{
    switch (change.reason) {
    case ChangeReason::Run:
        return change.runId ? tr("Run %1").arg(change.runId) : tr("Run");
    case ChangeReason::Review:
        return change.runId ? tr("Yearly review %1").arg(change.runId) : tr("Yearly review");
    case ChangeReason::Manual:
        return change.note.isEmpty() ? tr("By hand") : tr("By hand: %1").arg(change.note);
    case ChangeReason::OverrideEnded:
        return tr("Manual segment ended");
    }
    return {};
}

void SegmentSection::refresh()
{
    // Edits on other sections do not move a customer between segments: read again only for
    // another customer (a load or the first save) or after a change the services announced.
    const qint64 id = m_context.document.saved().id;
    if (id == m_shownCustomer)
        return;
    m_shownCustomer = id;
    reload();
}

bool SegmentSection::readCatalog()
{
    SegmentCatalog& catalog = m_context.workspace.segmentCatalog();
    m_segmentsOf.clear();
    m_segmentById.clear();
    m_primaryId = 0;
    auto segmentations = catalog.segmentations();
    if (!segmentations) {
        showError(segmentations.error().text());
        return false;
    }
    m_segmentations = *segmentations;
    for (const Segmentation& segmentation : std::as_const(m_segmentations)) {
        if (segmentation.primary && m_primaryId == 0)
            m_primaryId = segmentation.id;
        auto list = catalog.segments(segmentation.id);
        if (!list) {
            showError(list.error().text());
            return false;
        }
        m_segmentsOf.insert(segmentation.id, *list);
        for (const Segment& segment : std::as_const(*list))
            m_segmentById.insert(segment.id, segment);
    }
    return true;
}

void SegmentSection::reload()
{
    m_errorLabel->hide();
    m_current.clear();
    const qint64 customerId = m_context.document.saved().id;
    m_setButton->setEnabled(false);
    m_clearButton->setEnabled(false);
    m_explainButton->setEnabled(customerId != 0);
    m_sales->load(customerId);
    if (customerId != 0 && readCatalog()) {
        for (const Segmentation& segmentation : std::as_const(m_segmentations)) {
            auto current =
                m_context.workspace.segmentation().segmentOf(customerId, segmentation.id);
            if (!current) {
                showError(current.error().text());
                break;
            }
            m_current.insert(segmentation.id, *current);
        }
        m_setButton->setEnabled(true);
    }
    showCurrent();
    showCare();
    showHistory();
    if (m_explainButton->isChecked())
        showExplanation();
}

QString SegmentSection::segmentName(qint64 segmentId) const
{
    if (segmentId == 0)
        return tr("no segment");
    const auto it = m_segmentById.constFind(segmentId);
    return it == m_segmentById.constEnd() ? tr("segment %1").arg(segmentId) : it->name();
}

QString SegmentSection::currentReason() const
{
    const CustomerSegment current = m_current.value(m_primaryId);
    if (current.segmentId == 0)
        return tr("Not segmented yet: the next re-segmentation run places this customer.");
    if (const auto& o = current.override) {
        const QString by = o->userName.isEmpty()
                               ? tr("Set by hand: %1").arg(o->reason)
                               : tr("Set by hand by %1: %2").arg(o->userName, o->reason);
        return o->expiresOn.isValid() ? tr("%1, until %2").arg(by, shortDate(o->expiresOn)) : by;
    }
    if (current.runId == 0)
        return tr("Placed by the segment rules on %1").arg(shortDate(current.since));
    auto run = m_context.workspace.segmentation().run(current.runId);
    if (!run)
        return tr("Run %1").arg(current.runId);
    const QDateTime when = run->appliedAt.isValid() ? run->appliedAt : current.since;
    return run->kind == RunKind::Review
               ? tr("Yearly review %1 on %2").arg(run->id).arg(shortDate(when))
               : tr("Run %1 on %2").arg(run->id).arg(shortDate(when));
}

void SegmentSection::showCurrent()
{
    const qint64 customerId = m_context.document.saved().id;
    const CustomerSegment current = m_current.value(m_primaryId);
    const auto segment = m_segmentById.constFind(current.segmentId);
    if (customerId == 0) {
        m_currentLabel->setText(tr("Not segmented"));
        m_reasonLabel->setText(tr("A new customer gets a segment once saved and placed by a "
                                  "run, or by hand."));
    } else if (segment == m_segmentById.constEnd()) {
        m_currentLabel->setText(tr("Not segmented"));
        m_reasonLabel->setText(currentReason());
    } else {
        m_currentLabel->setText(tr("%1 <b>%2</b> since %3")
                                    .arg(chipHtml(segment->colour), segment->name().toHtmlEscaped(),
                                         shortDate(current.since)));
        m_reasonLabel->setText(currentReason());
    }
    QStringList others;
    bool anyOverride = false;
    for (const Segmentation& segmentation : std::as_const(m_segmentations)) {
        const CustomerSegment other = m_current.value(segmentation.id);
        anyOverride = anyOverride || other.override.has_value();
        if (segmentation.id == m_primaryId)
            continue;
        const auto s = m_segmentById.constFind(other.segmentId);
        QString value = s == m_segmentById.constEnd()
                            ? tr("not segmented")
                            : chipHtml(s->colour) + QLatin1Char(' ') + s->name().toHtmlEscaped();
        if (other.override)
            value = tr("%1 (by hand)").arg(value);
        others.append(tr("%1: %2").arg(segmentation.name().toHtmlEscaped(), value));
    }
    m_otherLabel->setText(others.join(QStringLiteral("<br>")));
    m_otherLabel->setVisible(customerId != 0 && !others.isEmpty());
    m_clearButton->setEnabled(anyOverride);
}

void SegmentSection::showCare()
{
    const auto segment = m_segmentById.constFind(m_current.value(m_primaryId).segmentId);
    const QString error = m_care->show(segment == m_segmentById.constEnd() ? nullptr : &*segment);
    if (!error.isEmpty())
        showError(error);
}

void SegmentSection::showHistory()
{
    m_history->clear();
    const qint64 customerId = m_context.document.saved().id;
    if (customerId == 0)
        return;
    auto changes = m_context.workspace.segmentation().history(customerId);
    if (!changes) {
        showError(changes.error().text());
        return;
    }
    QHash<qint64, QString> segmentationNames;
    for (const Segmentation& segmentation : std::as_const(m_segmentations))
        segmentationNames.insert(segmentation.id, segmentation.name());
    for (const SegmentChange& change : *changes) {
        new QTreeWidgetItem(
            m_history,
            {shortDate(change.changedAt), segmentationNames.value(change.segmentationId),
             tr("%1 → %2").arg(segmentName(change.fromSegmentId), segmentName(change.toSegmentId)),
             reasonText(change), change.userName});
    }
}

void SegmentSection::showExplanation()
{
    m_explanation->clear();
    const qint64 customerId = m_context.document.saved().id;
    if (customerId == 0)
        return;
    auto explanations = m_context.workspace.segmentation().explain(m_primaryId, customerId);
    if (!explanations) {
        new QTreeWidgetItem(m_explanation, {explanations.error().text()});
        return;
    }
    bool decided = false;
    for (const auto& explanation : *explanations) {
        auto* top = new QTreeWidgetItem(m_explanation);
        const QString mark = explanation.held ? QStringLiteral("✓ ") : QStringLiteral("✗ ");
        // The first segment whose rule holds is the rules' segment (an override may win).
        if (explanation.held && !decided) {
            decided = true;
            top->setText(0, tr("%1%2: the rules' segment").arg(mark, explanation.segment.name()));
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
        } else {
            top->setText(0, mark + explanation.segment.name());
        }
        top->setIcon(0, chipIcon(explanation.segment.colour));
        // depth 0 is the rule itself; deeper lines hang under the last shallower one.
        QList<QTreeWidgetItem*> parents{top};
        for (const ExplanationLine& line : explanation.lines) {
            const int depth = qBound(0, line.depth, int(parents.size()) - 1);
            auto* item = new QTreeWidgetItem(
                parents.at(depth),
                {(line.held ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + line.text});
            parents.resize(depth + 1);
            parents.append(item);
        }
    }
    m_explanation->expandAll();
}

void SegmentSection::setByHand()
{
    const qint64 customerId = m_context.document.saved().id;
    if (customerId == 0)
        return;
    QHash<qint64, qint64> currentSegments;
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it)
        currentSegments.insert(it.key(), it->segmentId);
    auto* dialog = new SegmentOverrideDialog(m_segmentations, m_segmentsOf, m_primaryId,
                                             currentSegments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, customerId] {
        const auto status =
            m_context.workspace.segmentation().setOverride(dialog->override(customerId));
        if (!status)
            showError(tr("The segment was not set: %1").arg(status.error().text()));
        // Success reloads through assignmentsChanged.
    });
    dialog->open();
}

void SegmentSection::removeOverride()
{
    const qint64 customerId = m_context.document.saved().id;
    // The primary segmentation's manual segment first; then any other one.
    QList<qint64> order{m_primaryId};
    for (const Segmentation& segmentation : std::as_const(m_segmentations))
        order.append(segmentation.id);
    for (const qint64 segmentationId : order) {
        if (!m_current.value(segmentationId).override)
            continue;
        const auto status =
            m_context.workspace.segmentation().clearOverride(customerId, segmentationId);
        if (!status)
            showError(tr("The manual segment was not removed: %1").arg(status.error().text()));
        return;
    }
}

void SegmentSection::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

} // namespace luotsi::gui

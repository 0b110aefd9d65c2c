#include "SegmentCarePanel.h"

#include "core/Workspace.h"
#include "core/segments/SegmentCatalog.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::segments;

SegmentCarePanel::SegmentCarePanel(core::Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("How to serve this customer"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("segmentCarePanel"));
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("careDescriptionLabel"));
    m_description->setWordWrap(true);
    m_table = new QWidget(this);
    m_accountPlanLabel = new QLabel(this);
    m_accountPlanLabel->setObjectName(QStringLiteral("accountPlanLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_table);
    layout->addWidget(m_accountPlanLabel);
}

QString SegmentCarePanel::show(const Segment* segment)
{
    // A grid of labels rather than a table view: roles are sentences and must wrap, not elide.
    auto* table = new QWidget;
    table->setObjectName(QStringLiteral("careTable"));
    auto* grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 1);
    // Channel names ("Palvelu- ja projektimyynti") on one line where the width allows.
    grid->setColumnMinimumWidth(0, qMin(fontMetrics().averageCharWidth() * 26, 220));
    layout()->replaceWidget(m_table, table);
    delete m_table;
    m_table = table;
    if (!segment) {
        m_description->setText(tr("The care model follows from the segment."));
        m_accountPlanLabel->clear();
        return {};
    }
    m_description->setText(segment->description());
    m_accountPlanLabel->setText(segment->accountPlanRequired ? tr("Account plan required: yes")
                                                             : tr("Account plan required: no"));
    SegmentCatalog& catalog = m_workspace.segmentCatalog();
    const auto channels = catalog.channels();
    const auto cells = catalog.careFor(segment->id);
    if (!channels)
        return channels.error().text();
    if (!cells)
        return cells.error().text();
    const auto cellLabel = [table](const QString& text, const char* name) {
        auto* label = new QLabel(text, table);
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    int row = 0;
    for (const QString& heading : {tr("Channel"), tr("Role"), tr("Rhythm")}) {
        grid->addWidget(cellLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), ""),
                        row, grid->count());
    }
    // In the channels' order; a channel without a role does not serve this segment.
    for (const CareChannel& channel : *channels) {
        for (const CareCell& cell : *cells) {
            if (cell.channelId != channel.id || cell.role.trimmed().isEmpty())
                continue;
            ++row;
            grid->addWidget(cellLabel(channel.name(), "careChannelLabel"), row, 0);
            grid->addWidget(cellLabel(cell.role, "careRoleLabel"), row, 1);
            grid->addWidget(cellLabel(cell.rhythm, "careRhythmLabel"), row, 2);
        }
    }
    if (row == 0)
        grid->addWidget(cellLabel(tr("No channels set for this segment"), ""), 1, 0, 1, 3);
    return {};
}

} // namespace luotsi::gui

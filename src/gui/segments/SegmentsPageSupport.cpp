#include "SegmentsPageSupport.h"

#include "core/segments/SegmentCatalog.h"

#include <QComboBox>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>

namespace luotsi::gui {

using namespace luotsi::core::segments;

SegmentIndex::SegmentIndex(QList<Segment> segments)
    : m_segments(std::move(segments))
{
    for (int i = 0; i < int(m_segments.size()); ++i)
        m_rows.insert(m_segments.at(i).id, i);
}

QString SegmentIndex::noSegmentName()
{
    return tr("(no segment)");
}

QString SegmentIndex::name(qint64 segmentId) const
{
    if (segmentId == 0)
        return noSegmentName();
    const auto row = m_rows.constFind(segmentId);
    return row == m_rows.cend() ? QStringLiteral("#%1").arg(segmentId) : m_segments.at(*row).name();
}

QString SegmentIndex::colour(qint64 segmentId) const
{
    const auto row = m_rows.constFind(segmentId);
    return row == m_rows.cend() ? QString() : m_segments.at(*row).colour;
}

QIcon SegmentIndex::chip(qint64 segmentId) const
{
    const QString colour = this->colour(segmentId);
    return colour.isEmpty() ? QIcon() : segmentChip(colour);
}

QIcon segmentChip(const QString& colour)
{
    // Drawn at two sizes so that high-DPI screens get a sharp square.
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QColor(colour).darker(130));
        painter.setBrush(QColor(colour));
        const qreal margin = size / 8.0;
        painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                                size / 8.0, size / 8.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString fillSegmentations(QComboBox* combo, SegmentCatalog& catalog)
{
    const qint64 chosen = chosenSegmentationId(combo);
    const QSignalBlocker block(combo);
    combo->clear();
    const auto segmentations = catalog.segmentations();
    if (!segmentations)
        return segmentations.error().text();
    int current = -1;
    int primary = 0;
    for (const Segmentation& segmentation : *segmentations) {
        combo->addItem(segmentation.name(), segmentation.id);
        if (segmentation.id == chosen)
            current = combo->count() - 1;
        if (segmentation.primary)
            primary = combo->count() - 1;
    }
    combo->setCurrentIndex(current >= 0 ? current : primary);
    return {};
}

qint64 chosenSegmentationId(const QComboBox* combo)
{
    return combo->currentIndex() < 0 ? 0 : combo->currentData().toLongLong();
}

} // namespace luotsi::gui

#pragma once

#include "SegmentsPageSupport.h"
#include "core/Result.h"
#include "core/segments/Segment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace luotsi::core::segments {
class SegmentCatalog;
}

namespace luotsi::gui {

// The care model of one segmentation as a matrix: a row per segment, a column per care channel
// holding the channel's role (DisplayRole) and contact rhythm (RhythmRole), and a last column
// with the checkbox "Account plan required". Writes go straight to the catalog.
class CareModelModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RhythmRole = Qt::UserRole,
        SegmentIdRole,
        ChannelIdRole // 0 in the account-plan column
    };

    explicit CareModelModel(core::segments::SegmentCatalog& catalog, QObject* parent = nullptr);

    // Reads the segments, channels and cells of the segmentation; the error text, or empty.
    QString load(qint64 segmentationId);
    int accountPlanColumn() const { return int(m_channels.size()); }
    bool isSaving() const { return m_saving; }

    core::segments::CareCell cell(const QModelIndex& index) const;
    const core::segments::Segment& segment(int row) const { return m_segments.segments().at(row); }
    const core::segments::CareChannel& channel(int column) const { return m_channels.at(column); }
    // Rhythms the model uses already, for the editor to offer.
    QStringList rhythms() const;
    // Saves one cell (an empty role and rhythm removes it).
    core::Status saveCell(const QModelIndex& index, const QString& role, const QString& rhythm);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The account-plan checkbox: saved at once; a failure emits saveFailed.
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void saveFailed(const QString& message);

private:
    static quint64 key(qint64 segmentId, qint64 channelId)
    {
        return (quint64(segmentId) << 32) ^ quint64(channelId);
    }

    core::segments::SegmentCatalog& m_catalog;
    SegmentIndex m_segments;
    QList<core::segments::CareChannel> m_channels;
    QHash<quint64, core::segments::CareCell> m_cells;
    bool m_saving = false;
};

} // namespace luotsi::gui

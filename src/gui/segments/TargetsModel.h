#pragma once

#include "SegmentsPageSupport.h"
#include "core/segments/Segment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace luotsi::core::segments {
class SegmentCatalog;
class SegmentationService;
} // namespace luotsi::core::segments

namespace luotsi::gui {

// Managers' targets of one period and scope (the whole group, a group company or a business
// area): a row per active segment with the customers it has now for reference, the target
// number of customers and the target revenue, and a total row. Edited targets are saved at once;
// an empty cell removes the value.
class TargetsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CurrentColumn,
        TargetCustomersColumn,
        TargetRevenueColumn,
        ColumnCount
    };
    // Where targets apply: companyId 0 and an empty businessArea is the whole group.
    struct Scope
    {
        qint64 companyId = 0;
        QString businessArea;
    };

    TargetsModel(core::segments::SegmentCatalog& catalog,
                 core::segments::SegmentationService& segmentation, QObject* parent = nullptr);

    // Reads the segments, their targets for the period and scope and today's distribution.
    // Returns the errors to show, empty when all was read.
    QString load(qint64 segmentationId, const QString& period, const Scope& scope);
    void clear();
    bool isSaving() const { return m_saving; }
    bool isTotalRow(int row) const { return row == int(m_segments.segments().size()); }
    qint64 segmentIdAt(int row) const;
    std::optional<core::segments::SegmentTarget> target(qint64 segmentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Parses the number as the locale writes it ("120 000", "1,5"), saves, and emits saveFailed
    // with the reason when the text is no number or the catalog refuses.
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void saveFailed(const QString& message);
    void saved();

private:
    QVariant display(int row, int column, bool forEditing) const;
    int total(int column) const;

    core::segments::SegmentCatalog& m_catalog;
    core::segments::SegmentationService& m_segmentation;
    SegmentIndex m_segments; // active ones
    QString m_period;
    Scope m_scope;
    QHash<qint64, core::segments::SegmentTarget> m_targets; // by segment
    QHash<qint64, int> m_current;                           // customers by segment
    bool m_currentKnown = false;
    bool m_saving = false;
};

} // namespace luotsi::gui

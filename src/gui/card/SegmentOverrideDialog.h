#pragma once

#include "core/segments/Segment.h"
#include "core/segments/SegmentAssignment.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace luotsi::gui {

// "Set segment by hand": which segment (of which segmentation), why (required) and, if it is for
// a while only, until which day. Runs keep the customer there until the day has passed.
class SegmentOverrideDialog final : public QDialog
{
    Q_OBJECT
public:
    // segments: each segmentation's segments by display order; the current segment of each is
    // chosen first.
    SegmentOverrideDialog(const QList<core::segments::Segmentation>& segmentations,
                          const QHash<qint64, QList<core::segments::Segment>>& segments,
                          qint64 segmentationId, const QHash<qint64, qint64>& currentSegments,
                          QWidget* parent = nullptr);

    // What the user chose, for the customer; user and time are the service's to set.
    core::segments::SegmentOverride override(qint64 customerId) const;

private:
    void fillSegments();
    void updateOk();

    QHash<qint64, QList<core::segments::Segment>> m_segments;
    QHash<qint64, qint64> m_currentSegments;
    QComboBox* m_segmentationCombo = nullptr;
    QComboBox* m_segmentCombo = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QCheckBox* m_expiryCheck = nullptr;
    QDateEdit* m_expiryEdit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace luotsi::gui

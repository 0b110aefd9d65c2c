#pragma once

#include "SegmentsPageSupport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace luotsi::gui {

// "Keep in segment…" of the yearly review: the owner overrides the proposed moves and keeps the
// customers in a segment of their choice, with a reason the history and the card show.
class SegmentRunKeepDialog final : public QDialog
{
    Q_OBJECT
public:
    // segmentId: the one chosen at first (usually where the customers are now).
    SegmentRunKeepDialog(const SegmentIndex& segments, qint64 segmentId, int customers,
                         QWidget* parent = nullptr);

    qint64 segmentId() const;
    QString reason() const;

private:
    void updateOk();

    QComboBox* m_segment = nullptr;
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace luotsi::gui

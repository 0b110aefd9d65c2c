#include "SegmentRunKeepDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::segments;

SegmentRunKeepDialog::SegmentRunKeepDialog(const SegmentIndex& segments, qint64 segmentId,
                                           int customers, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keepInSegmentDialog"));
    setWindowTitle(tr("Keep in segment"));
    auto* intro = new QLabel(
        tr("The %n customer(s) chosen stay in the segment below instead of moving. The reason is "
           "kept in their segment history.",
           nullptr, customers),
        this);
    intro->setWordWrap(true);

    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("keepSegmentComboBox"));
    for (const Segment& segment : segments.segments()) {
        if (segment.active || segment.id == segmentId)
            m_segment->addItem(segments.chip(segment.id), segment.name(), segment.id);
    }
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(segmentId)));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("keepReasonLineEdit"));
    m_reason->setPlaceholderText(tr("e.g. a framework agreement is being negotiated"));
    m_reason->setMinimumWidth(360);

    auto* form = new QFormLayout;
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Reason:"), m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Keep"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &SegmentRunKeepDialog::updateOk);
    updateOk();
}

qint64 SegmentRunKeepDialog::segmentId() const
{
    return m_segment->currentData().toLongLong();
}

QString SegmentRunKeepDialog::reason() const
{
    return m_reason->text().trimmed();
}

void SegmentRunKeepDialog::updateOk()
{
    // An override without a reason would leave the history unexplained.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty() && segmentId() > 0);
}

} // namespace luotsi::gui

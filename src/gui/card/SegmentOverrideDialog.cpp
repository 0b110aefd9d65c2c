#include "SegmentOverrideDialog.h"

#include "SegmentSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace luotsi::gui {

using namespace luotsi::core::segments;

SegmentOverrideDialog::SegmentOverrideDialog(const QList<Segmentation>& segmentations,
                                             const QHash<qint64, QList<Segment>>& segments,
                                             qint64 segmentationId,
                                             const QHash<qint64, qint64>& currentSegments,
                                             QWidget* parent)
    : QDialog(parent)
    , m_segments(segments)
    , m_currentSegments(currentSegments)
{
    setObjectName(QStringLiteral("segmentOverrideDialog"));
    setWindowTitle(tr("Set segment by hand"));

    m_segmentationCombo = new QComboBox(this);
    m_segmentationCombo->setObjectName(QStringLiteral("overrideSegmentationComboBox"));
    for (const Segmentation& segmentation : segmentations)
        m_segmentationCombo->addItem(segmentation.name(), segmentation.id);
    m_segmentationCombo->setCurrentIndex(qMax(0, m_segmentationCombo->findData(segmentationId)));
    // One segmentation (the usual case) needs no choice.
    m_segmentationCombo->setVisible(segmentations.size() > 1);
    m_segmentCombo = new QComboBox(this);
    m_segmentCombo->setObjectName(QStringLiteral("overrideSegmentComboBox"));
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("overrideReasonLineEdit"));
    m_reasonEdit->setPlaceholderText(tr("Required: why this customer belongs there"));
    m_expiryCheck = new QCheckBox(tr("&Until"), this);
    m_expiryCheck->setObjectName(QStringLiteral("overrideExpiryCheckBox"));
    m_expiryEdit = new QDateEdit(this);
    m_expiryEdit->setObjectName(QStringLiteral("overrideExpiryDateEdit"));
    m_expiryEdit->setCalendarPopup(true);
    m_expiryEdit->setMinimumDate(QDate::currentDate());
    // The yearly clock reviews segments at the year's end: a pinned segment usually lasts until.
    m_expiryEdit->setDate(QDate(QDate::currentDate().year(), 12, 31));
    m_expiryEdit->setEnabled(false);
    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expiryCheck);
    expiry->addWidget(m_expiryEdit, 1);

    auto* note = new QLabel(tr("Re-segmentation runs keep the customer in this segment until the "
                               "manual segment is removed or its last day has passed."),
                            this);
    note->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set segment"));

    auto* form = new QFormLayout;
    if (segmentations.size() > 1)
        form->addRow(tr("Segmentation:"), m_segmentationCombo);
    form->addRow(tr("&Segment:"), m_segmentCombo);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    form->addRow(tr("Valid:"), expiry);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_segmentationCombo, &QComboBox::currentIndexChanged, this,
            &SegmentOverrideDialog::fillSegments);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &SegmentOverrideDialog::updateOk);
    connect(m_segmentCombo, &QComboBox::currentIndexChanged, this,
            &SegmentOverrideDialog::updateOk);
    connect(m_expiryCheck, &QCheckBox::toggled, m_expiryEdit, &QDateEdit::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillSegments();
    m_reasonEdit->setFocus();
}

void SegmentOverrideDialog::fillSegments()
{
    const qint64 segmentationId = m_segmentationCombo->currentData().toLongLong();
    m_segmentCombo->clear();
    for (const Segment& segment : m_segments.value(segmentationId)) {
        if (segment.active)
            m_segmentCombo->addItem(SegmentSection::chipIcon(segment.colour), segment.name(),
                                    segment.id);
    }
    const int current = m_segmentCombo->findData(m_currentSegments.value(segmentationId));
    m_segmentCombo->setCurrentIndex(qMax(0, current));
    updateOk();
}

void SegmentOverrideDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_segmentCombo->currentIndex() >= 0 &&
                     !m_reasonEdit->text().trimmed().isEmpty());
}

SegmentOverride SegmentOverrideDialog::override(qint64 customerId) const
{
    SegmentOverride o;
    o.customerId = customerId;
    o.segmentationId = m_segmentationCombo->currentData().toLongLong();
    o.segmentId = m_segmentCombo->currentData().toLongLong();
    o.reason = m_reasonEdit->text().trimmed();
    if (m_expiryCheck->isChecked())
        o.expiresOn = m_expiryEdit->date();
    return o;
}

} // namespace luotsi::gui

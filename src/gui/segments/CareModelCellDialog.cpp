#include "CareModelCellDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace luotsi::gui {

CareModelCellDialog::CareModelCellDialog(const QString& segmentName, const QString& channelName,
                                         const QString& role, const QString& rhythm,
                                         const QStringList& knownRhythms, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("careCellDialog"));
    setWindowTitle(tr("Care model: %1").arg(segmentName));
    auto* intro = new QLabel(tr("How does <b>%1</b> serve the segment <b>%2</b>?")
                                 .arg(channelName.toHtmlEscaped(), segmentName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_role = new QPlainTextEdit(role, this);
    m_role->setObjectName(QStringLiteral("careRoleTextEdit"));
    m_role->setTabChangesFocus(true);
    m_role->setPlaceholderText(tr("The channel's role and content for this segment"));
    m_role->setMinimumWidth(420);
    m_role->setFixedHeight(m_role->fontMetrics().lineSpacing() * 5);
    m_rhythm = new QComboBox(this);
    m_rhythm->setObjectName(QStringLiteral("careRhythmComboBox"));
    m_rhythm->setEditable(true);
    m_rhythm->setInsertPolicy(QComboBox::NoInsert);
    m_rhythm->addItems(knownRhythms);
    m_rhythm->setCurrentText(rhythm);
    m_rhythm->lineEdit()->setPlaceholderText(tr("e.g. quarterly, twice a year"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("R&hythm:"), m_rhythm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* notUsed = buttons->addButton(tr("&Not used"), QDialogButtonBox::ResetRole);
    notUsed->setObjectName(QStringLiteral("careNotUsedButton"));
    notUsed->setToolTip(tr("Empties the cell: the channel does not serve this segment."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(notUsed, &QPushButton::clicked, this, [this] {
        m_role->clear();
        m_rhythm->setCurrentText(QString());
    });
}

QString CareModelCellDialog::role() const
{
    return m_role->toPlainText().trimmed();
}

QString CareModelCellDialog::rhythm() const
{
    return m_rhythm->currentText().trimmed();
}

void CareModelCellDialog::setRole(const QString& role)
{
    m_role->setPlainText(role);
}

void CareModelCellDialog::setRhythm(const QString& rhythm)
{
    m_rhythm->setCurrentText(rhythm);
}

} // namespace luotsi::gui

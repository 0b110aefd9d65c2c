#include "ConstantsEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

namespace {

// Fields that make sense as one value for a whole file.
QList<TargetField> constantFields()
{
    return {TargetField::Country,    TargetField::Kind,  TargetField::Status,
            TargetField::Language,   TargetField::City,  TargetField::ContactTitle,
            TargetField::ParentName, TargetField::Notes, TargetField::CreatedDate};
}

} // namespace

ConstantsEditor::ConstantsEditor(QWidget* parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("constantsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value on every row")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A few lines at most: the page's height belongs to the column table above.
    m_table->setMaximumHeight(150);
    m_table->setToolTip(tr("Kinds and statuses as in the register or in Finnish: \"yritys\", "
                           "\"seurakunta\", \"henkilö\"; \"asiakas\", \"prospekti\"."));
    m_add = new QPushButton(tr("&Add value"), this);
    m_add->setObjectName(QStringLiteral("addConstantButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeConstantButton"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        // The first field not yet given a value.
        const QMap<TargetField, QString> used = constants();
        TargetField next = TargetField::Country;
        for (const TargetField field : constantFields()) {
            if (!used.contains(field)) {
                next = field;
                break;
            }
        }
        addLine(next, QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 1);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 1));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            emit changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ConstantsEditor::changed);
}

void ConstantsEditor::setConstants(const QMap<TargetField, QString>& constants)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = constants.begin(); it != constants.end(); ++it)
        addLine(it.key(), it.value());
}

QMap<TargetField, QString> ConstantsEditor::constants() const
{
    QMap<TargetField, QString> values;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 0));
        const QTableWidgetItem* value = m_table->item(row, 1);
        if (!combo || !value || value->text().trimmed().isEmpty())
            continue;
        values.insert(TargetField(combo->currentData().toInt()), value->text().trimmed());
    }
    return values;
}

void ConstantsEditor::addLine(TargetField field, const QString& value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* combo = new QComboBox(m_table);
    QList<TargetField> fields = constantFields();
    if (!fields.contains(field))
        fields.append(field);
    for (const TargetField f : std::as_const(fields))
        combo->addItem(displayName(f), int(f));
    combo->setCurrentIndex(combo->findData(int(field)));
    m_table->setCellWidget(row, 0, combo);
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    connect(combo, &QComboBox::currentIndexChanged, this, &ConstantsEditor::changed);
}

} // namespace luotsi::gui

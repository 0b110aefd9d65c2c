#include "HierarchySection.h"

#include "CustomerCardDocument.h"
#include "CustomerPickerDialog.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;

HierarchySection::HierarchySection(CardContext& context, QWidget* parent)
    : CardSection(context, parent)
{
    setObjectName(QStringLiteral("hierarchySection"));
    auto* parentBox = new QGroupBox(tr("Parent"), this);
    m_parentLabel = new QLabel(parentBox);
    m_parentLabel->setObjectName(QStringLiteral("parentLabel"));
    m_parentLabel->setTextFormat(Qt::RichText);
    m_chooseButton = new QPushButton(tr("&Choose…"), parentBox);
    m_chooseButton->setObjectName(QStringLiteral("chooseParentButton"));
    m_clearButton = new QPushButton(tr("Re&move"), parentBox);
    m_clearButton->setObjectName(QStringLiteral("clearParentButton"));
    auto* parentLayout = new QHBoxLayout(parentBox);
    parentLayout->addWidget(m_parentLabel, 1);
    parentLayout->addWidget(m_chooseButton);
    parentLayout->addWidget(m_clearButton);

    auto* childrenBox = new QGroupBox(tr("Units and members"), this);
    m_children = new QListWidget(childrenBox);
    m_children->setObjectName(QStringLiteral("childrenListWidget"));
    auto* childrenLayout = new QVBoxLayout(childrenBox);
    childrenLayout->addWidget(m_children);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(parentBox);
    layout->addWidget(childrenBox, 1);

    connect(m_parentLabel, &QLabel::linkActivated, this,
            [this](const QString& link) { m_context.openCustomer(link.toLongLong()); });
    connect(m_children, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_context.openCustomer(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_chooseButton, &QPushButton::clicked, this, &HierarchySection::chooseParent);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_context.document.edit(tr("Remove parent"), [](Customer& c) { c.parentId = 0; });
    });
}

void HierarchySection::chooseParent()
{
    CustomerPickerDialog dialog(m_context.service, m_context.document.draft().id, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedId() == 0)
        return;
    const qint64 parentId = dialog.selectedId();
    m_context.document.edit(tr("Choose parent"),
                            [parentId](Customer& c) { c.parentId = parentId; });
}

void HierarchySection::refresh()
{
    const Customer& draft = m_context.document.draft();
    if (draft.parentId != m_shownParent) {
        m_shownParent = draft.parentId;
        if (draft.parentId == 0) {
            m_parentLabel->setText(tr("No parent"));
        } else if (const auto ref = m_context.service.ref(draft.parentId)) {
            m_parentLabel->setText(QStringLiteral("<a href=\"%1\">%2</a> (%3)")
                                       .arg(ref->id)
                                       .arg(ref->name.toHtmlEscaped(),
                                            vocabulary::displayName(ref->kind).toHtmlEscaped()));
        } else {
            m_parentLabel->setText(ref.error().text().toHtmlEscaped());
        }
        m_clearButton->setEnabled(draft.parentId != 0);
    }
    if (draft.id != m_shownChildrenOf) {
        m_shownChildrenOf = draft.id;
        m_children->clear();
        if (draft.id == 0)
            return;
        if (const auto children = m_context.service.children(draft.id)) {
            for (const CustomerRef& child : *children) {
                auto* item = new QListWidgetItem(
                    child.city.isEmpty() ? child.name
                                         : child.name + QStringLiteral(" — ") + child.city,
                    m_children);
                item->setData(Qt::UserRole, child.id);
            }
        }
    }
}

} // namespace luotsi::gui

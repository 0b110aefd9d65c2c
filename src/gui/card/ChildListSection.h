#pragma once

#include "CardSection.h"
#include "ChildTableModel.h"
#include "ChoiceDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

// A card section that edits one child list of the customer as a table with Add and Remove.
template<typename T> class ChildListSection final : public CardSection
{
public:
    ChildListSection(CardContext& context, QString title, QString objectName,
                     QList<T> core::Customer::*list, const QString& listName,
                     QList<ChildColumn<T>> columns, T newItem, QWidget* parent = nullptr)
        : CardSection(context, parent)
        , m_title(std::move(title))
        , m_newItem(std::move(newItem))
    {
        setObjectName(objectName);
        m_model =
            new ChildTableModel<T>(context.document, list, listName, std::move(columns), this);
        m_table = new QTableView(this);
        m_table->setObjectName(objectName + QStringLiteral("TableView"));
        m_table->setModel(m_model);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        for (int column = 0; column < m_model->columns().size(); ++column) {
            const auto& choices = m_model->columns().at(column).choices;
            if (!choices.isEmpty())
                m_table->setItemDelegateForColumn(column, new ChoiceDelegate(choices, m_table));
            m_table->setColumnWidth(column, 150);
        }

        auto* add = new QPushButton(QCoreApplication::translate("CustomerCard", "&Add"), this);
        add->setObjectName(objectName + QStringLiteral("AddButton"));
        auto* remove =
            new QPushButton(QCoreApplication::translate("CustomerCard", "Re&move"), this);
        remove->setObjectName(objectName + QStringLiteral("RemoveButton"));
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(buttons);
        layout->addWidget(m_table);

        QObject::connect(add, &QPushButton::clicked, this, [this] {
            m_model->appendRow(m_newItem);
            const QModelIndex first = m_model->index(m_model->rowCount() - 1, 0);
            m_table->setCurrentIndex(first);
            m_table->edit(first);
        });
        QObject::connect(remove, &QPushButton::clicked, this,
                         [this] { m_model->removeRow(m_table->currentIndex().row()); });
    }

    QString title() const override { return m_title; }
    void refresh() override {} // the model follows the document itself

private:
    QString m_title;
    T m_newItem;
    ChildTableModel<T>* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace luotsi::gui

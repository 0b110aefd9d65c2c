#pragma once

#include "CustomerCardDocument.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QCoreApplication>
#include <QPalette>

#include <functional>

namespace luotsi::gui {

// A column of a child list on the card (contacts, addresses, ...).
template<typename T> struct ChildColumn
{
    QString header;
    QString field; // the validator's field name, e.g. "email" in "contacts[0].email"
    std::function<QVariant(const T&)> value;
    std::function<void(T&, const QVariant&)> setValue; // empty: read-only
    QList<QPair<QString, QVariant>> choices;           // non-empty: value shown by its text
};

// One child list of the card's draft as an editable table. Edits go through the document, so
// they are undoable; cells the validator complains about are tinted.
template<typename T> class ChildTableModel final : public QAbstractTableModel
{
public:
    ChildTableModel(CustomerCardDocument& document, QList<T> core::Customer::*list,
                    QString listName, QList<ChildColumn<T>> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_document(document)
        , m_list(list)
        , m_listName(std::move(listName))
        , m_columns(std::move(columns))
    {
        m_rows = items().size();
        QObject::connect(&document, &CustomerCardDocument::draftChanged, this, [this] {
            // Same row count: update in place, so an open editor and the current cell survive.
            if (items().size() == m_rows) {
                if (m_rows > 0)
                    emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
                return;
            }
            beginResetModel();
            m_rows = items().size();
            endResetModel();
        });
    }

    const QList<ChildColumn<T>>& columns() const { return m_columns; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows);
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= items().size())
            return {};
        const ChildColumn<T>& column = m_columns.at(index.column());
        const T& item = items().at(index.row());
        if (role == Qt::EditRole)
            return column.value(item);
        if (role == Qt::DisplayRole) {
            const QVariant value = column.value(item);
            for (const auto& [text, choice] : column.choices) {
                if (choice == value)
                    return text;
            }
            if (value.typeId() == QMetaType::QDate)
                return QLocale().toString(value.toDate(), QLocale::ShortFormat);
            return value;
        }
        if (role == Qt::BackgroundRole && m_document.hasIssue(fieldPath(index)))
            return QBrush(QColor(255, 205, 205));
        if (role == Qt::ToolTipRole) {
            for (const auto& issue : m_document.issues()) {
                if (issue.field == fieldPath(index))
                    return issue.message;
            }
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_columns.at(section).header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && m_columns.at(index.column()).setValue)
            flags |= Qt::ItemIsEditable;
        return flags;
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (!index.isValid() || role != Qt::EditRole || !m_columns.at(index.column()).setValue)
            return false;
        const ChildColumn<T>& column = m_columns.at(index.column());
        const int row = index.row();
        m_document.edit(QCoreApplication::translate("CustomerCard", "Edit %1").arg(column.header),
                        [&](core::Customer& c) { column.setValue((c.*m_list)[row], value); });
        return true;
    }

    void appendRow(const T& item)
    {
        m_document.edit(QCoreApplication::translate("CustomerCard", "Add row"),
                        [&](core::Customer& c) { (c.*m_list).append(item); });
    }

    void removeRow(int row)
    {
        if (row < 0 || row >= items().size())
            return;
        m_document.edit(QCoreApplication::translate("CustomerCard", "Remove row"),
                        [&](core::Customer& c) { (c.*m_list).removeAt(row); });
    }

private:
    const QList<T>& items() const { return m_document.draft().*m_list; }
    QString fieldPath(const QModelIndex& index) const
    {
        return QStringLiteral("%1[%2].%3")
            .arg(m_listName)
            .arg(index.row())
            .arg(m_columns.at(index.column()).field);
    }

    CustomerCardDocument& m_document;
    QList<T> core::Customer::*m_list;
    QString m_listName;
    QList<ChildColumn<T>> m_columns;
    qsizetype m_rows = 0;
};

} // namespace luotsi::gui

#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace luotsi::gui {

// Edits a cell by choosing from a list: shows display texts, writes the chosen value.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QVariant>>; // display text, value

    explicit ChoiceDelegate(Choices choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    Choices m_choices;
};

} // namespace luotsi::gui

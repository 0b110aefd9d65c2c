#pragma once

#include <QStyledItemDelegate>

namespace luotsi::gui {

// Draws a care-model cell as its role, word-wrapped, with the contact rhythm below it in a
// smaller, muted font; the row grows to fit both.
class CareModelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static QFont rhythmFont(const QFont& base);
    static constexpr int margin = 4;
};

} // namespace luotsi::gui

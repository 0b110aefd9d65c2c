#include "CareModelDelegate.h"

#include "CareModelModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>
#include <QtMath>

namespace luotsi::gui {

namespace {

// Finnish compounds ("asiakkuussuunnitelman") are often wider than a column: words wrap at
// their boundaries, and a word that still does not fit breaks where it must.
QTextOption wrapping()
{
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

int textHeight(const QString& text, const QFont& font, int width)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(text, font);
    layout.setTextOption(wrapping());
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return qCeil(height);
}

} // namespace

QFont CareModelDelegate::rhythmFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setItalic(true);
    return font;
}

void CareModelDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const QVariant rhythmData = index.data(CareModelModel::RhythmRole);
    if (!rhythmData.isValid() || index.flags().testFlag(Qt::ItemIsUserCheckable)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background, selection and focus as any cell; the two texts by hand.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (const QVariant foreground = index.data(Qt::ForegroundRole); foreground.isValid())
        text = foreground.value<QColor>();
    QColor muted = text;
    muted.setAlphaF(0.7);

    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    const QString role = index.data(Qt::DisplayRole).toString();
    const QString rhythm = rhythmData.toString();
    painter->save();
    painter->setClipRect(option.rect);
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRectF(area), role, wrapping());
    if (!rhythm.isEmpty()) {
        const int top = area.top() +
                        (role.isEmpty() ? 0 : textHeight(role, option.font, area.width()) + margin);
        painter->setFont(rhythmFont(option.font));
        painter->setPen(muted);
        painter->drawText(QRectF(area.left(), top, area.width(), area.bottom() - top), rhythm,
                          wrapping());
    }
    painter->restore();
}

QSize CareModelDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const QVariant rhythmData = index.data(CareModelModel::RhythmRole);
    if (!rhythmData.isValid() || index.flags().testFlag(Qt::ItemIsUserCheckable))
        return QStyledItemDelegate::sizeHint(option, index);
    // The table gives the column's width when it sizes rows to their contents.
    const int width = qMax(80, option.rect.width()) - 2 * margin;
    const QString role = index.data(Qt::DisplayRole).toString();
    const QString rhythm = rhythmData.toString();
    int height = 2 * margin + textHeight(role, option.font, width);
    if (!rhythm.isEmpty())
        height +=
            (role.isEmpty() ? 0 : margin) + textHeight(rhythm, rhythmFont(option.font), width);
    return {width + 2 * margin, qMax(height, option.fontMetrics.height() + 2 * margin)};
}

} // namespace luotsi::gui

#include "TargetsModel.h"

#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>

#include <cmath>

namespace luotsi::gui {

using namespace luotsi::core;
using namespace luotsi::core::segments;

namespace {

// "120 000" (with a plain or a no-break space, as the Finnish locale writes it), "1,5", "900 €":
// spaces and the euro sign dropped, then the locale's parsing; a dot works too where the
// locale wants a comma.
std::optional<double> parseNumber(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00a0));
    text.remove(QChar(0x202f));
    text.remove(QChar(0x20ac)); // €
    bool ok = false;
    const QLocale locale;
    double value = locale.toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

TargetsModel::TargetsModel(SegmentCatalog& catalog, SegmentationService& segmentation,
                           QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_segmentation(segmentation)
{}

void TargetsModel::clear()
{
    beginResetModel();
    m_segments = {};
    m_targets.clear();
    m_current.clear();
    m_period.clear();
    endResetModel();
}

QString TargetsModel::load(qint64 segmentationId, const QString& period, const Scope& scope)
{
    beginResetModel();
    m_segments = {};
    m_targets.clear();
    m_current.clear();
    m_currentKnown = false;
    m_period = period;
    m_scope = scope;
    QStringList errors;
    if (auto segments = m_catalog.segments(segmentationId)) {
        QList<Segment> active;
        for (const Segment& segment : *segments) {
            if (segment.active)
                active.append(segment);
        }
        m_segments = SegmentIndex(active);
    } else {
        errors.append(tr("The segments could not be read: %1").arg(segments.error().text()));
    }
    if (auto targets = m_catalog.targets(segmentationId, period)) {
        for (const SegmentTarget& target : *targets) {
            if (target.companyId == scope.companyId && target.businessArea == scope.businessArea)
                m_targets.insert(target.segmentId, target);
        }
    } else {
        errors.append(tr("The targets could not be read: %1").arg(targets.error().text()));
    }
    if (auto distribution = m_segmentation.distribution(segmentationId)) {
        m_currentKnown = true;
        for (const auto& [segmentId, customers] : *distribution)
            m_current.insert(segmentId, customers);
    } else {
        errors.append(tr("Today's customers per segment could not be read: %1")
                          .arg(distribution.error().text()));
    }
    endResetModel();
    return errors.join(QLatin1Char('\n'));
}

qint64 TargetsModel::segmentIdAt(int row) const
{
    return row >= 0 && row < m_segments.segments().size() ? m_segments.segments().at(row).id : 0;
}

std::optional<SegmentTarget> TargetsModel::target(qint64 segmentId) const
{
    const auto found = m_targets.constFind(segmentId);
    return found == m_targets.cend() ? std::nullopt : std::optional<SegmentTarget>(*found);
}

int TargetsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_period.isEmpty())
        return 0;
    return int(m_segments.segments().size()) + 1;
}

int TargetsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TargetsModel::total(int column) const
{
    int sum = 0;
    for (const Segment& segment : m_segments.segments()) {
        if (column == CurrentColumn)
            sum += m_current.value(segment.id);
        else if (const auto target = m_targets.value(segment.id); target.customers)
            sum += *target.customers;
    }
    return sum;
}

QVariant TargetsModel::display(int row, int column, bool forEditing) const
{
    const QLocale locale;
    if (isTotalRow(row)) {
        // A total of targets nobody set would read as a target of zero.
        bool set = false;
        double revenue = 0;
        for (const SegmentTarget& target : m_targets) {
            set = set || (column == TargetRevenueColumn ? target.revenue.has_value()
                                                        : target.customers.has_value());
            revenue += target.revenue.value_or(0.0);
        }
        if (column == CurrentColumn)
            return m_currentKnown ? QVariant(locale.toString(total(column))) : QVariant();
        if (!set)
            return {};
        return column == TargetRevenueColumn ? locale.toString(revenue, 'f', 0)
                                             : locale.toString(total(column));
    }
    const qint64 segmentId = segmentIdAt(row);
    const SegmentTarget target = m_targets.value(segmentId);
    switch (column) {
    case CurrentColumn:
        return m_currentKnown ? QVariant(locale.toString(m_current.value(segmentId))) : QVariant();
    case TargetCustomersColumn:
        return target.customers ? QVariant(locale.toString(*target.customers)) : QVariant();
    case TargetRevenueColumn:
        if (!target.revenue)
            return {};
        // Whole euros; the editor keeps cents someone typed.
        return locale.toString(*target.revenue, 'f',
                               forEditing && std::floor(*target.revenue) != *target.revenue ? 2
                                                                                            : 0);
    }
    return {};
}

QVariant TargetsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column, false);
    case Qt::EditRole:
        return display(row, column, true);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == CurrentColumn)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (isTotalRow(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == CurrentColumn)
            return tr("Customers in the segment now, in the whole group (for reference)");
        if (!isTotalRow(row))
            return tr("Type a number; an empty cell removes the target.");
        return {};
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case CurrentColumn:
            return tr("Customers now");
        case TargetCustomersColumn:
            return tr("Target customers");
        case TargetRevenueColumn:
            return tr("Target revenue €");
        }
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (isTotalRow(section))
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    const qint64 segmentId = segmentIdAt(section);
    if (role == Qt::DisplayRole)
        return m_segments.name(segmentId);
    if (role == Qt::DecorationRole)
        return m_segments.chip(segmentId);
    return {};
}

Qt::ItemFlags TargetsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isTotalRow(index.row()) && index.column() != CurrentColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TargetsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const qint64 segmentId = segmentIdAt(index.row());
    SegmentTarget target = m_targets.value(segmentId);
    target.segmentId = segmentId;
    target.period = m_period;
    target.companyId = m_scope.companyId;
    target.businessArea = m_scope.businessArea;

    const QString text = value.toString().trimmed();
    std::optional<double> number;
    if (!text.isEmpty()) {
        number = parseNumber(text);
        if (!number || *number < 0) {
            emit saveFailed(tr("\"%1\" is not a number of zero or more.").arg(text));
            return false;
        }
    }
    if (index.column() == TargetCustomersColumn) {
        if (number && std::floor(*number) != *number) {
            emit saveFailed(tr("The target number of customers is a whole number."));
            return false;
        }
        target.customers = number ? std::optional<int>(int(*number)) : std::nullopt;
    } else {
        target.revenue = number;
    }
    {
        const QScopedValueRollback saving(m_saving, true);
        if (const Status saved = m_catalog.saveTarget(target); !saved) {
            emit saveFailed(tr("The target was not saved: %1").arg(saved.error().text()));
            return false;
        }
    }
    if (!target.customers && !target.revenue)
        m_targets.remove(segmentId);
    else
        m_targets.insert(segmentId, target);
    const int totalRow = rowCount() - 1;
    emit dataChanged(index, index);
    emit dataChanged(this->index(totalRow, 0), this->index(totalRow, ColumnCount - 1));
    emit saved();
    return true;
}

} // namespace luotsi::gui

#include "PreviewRowsModel.h"

#include <QColor>
#include <QFont>

namespace luotsi::gui {

using namespace luotsi::core::importing;

namespace {

// Quiet tints: the table stays readable; the colour only helps the eye find the rows.
QColor tint(PreviewRowsModel::Level level)
{
    switch (level) {
    case PreviewRowsModel::Level::Rejected:
        return {0xfb, 0xe6, 0xe6};
    case PreviewRowsModel::Level::Warning:
        return {0xfd, 0xf3, 0xd8};
    case PreviewRowsModel::Level::Fixed:
        return {0xec, 0xf6, 0xec};
    case PreviewRowsModel::Level::Clean:
        break;
    }
    return {};
}

QColor ink(PreviewRowsModel::Level level)
{
    switch (level) {
    case PreviewRowsModel::Level::Rejected:
        return {0xa6, 0x1b, 0x1b};
    case PreviewRowsModel::Level::Warning:
        return {0x8a, 0x5a, 0x00};
    case PreviewRowsModel::Level::Fixed:
        return {0x2e, 0x6b, 0x2e};
    case PreviewRowsModel::Level::Clean:
        break;
    }
    return {};
}

QString levelName(PreviewRowsModel::Level level)
{
    switch (level) {
    case PreviewRowsModel::Level::Rejected:
        return PreviewRowsModel::tr("Rejected");
    case PreviewRowsModel::Level::Warning:
        return PreviewRowsModel::tr("Warning");
    case PreviewRowsModel::Level::Fixed:
        return PreviewRowsModel::tr("Fixed");
    case PreviewRowsModel::Level::Clean:
        break;
    }
    return PreviewRowsModel::tr("OK");
}

} // namespace

PreviewRowsModel::PreviewRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PreviewRowsModel::setRows(const QList<ImportRowDetail>* rows)
{
    beginResetModel();
    m_rows = rows;
    m_levels.clear();
    if (m_rows) {
        m_levels.reserve(m_rows->size());
        for (const ImportRowDetail& row : *m_rows)
            m_levels.append(levelOf(row));
    }
    refilter();
    endResetModel();
}

void PreviewRowsModel::setFilter(Filter filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

int PreviewRowsModel::count(Level level) const
{
    return int(m_levels.count(level));
}

PreviewRowsModel::Level PreviewRowsModel::levelOf(const ImportRowDetail& row)
{
    if (row.result.outcome == RowOutcome::Rejected)
        return Level::Rejected;
    Level level = Level::Clean;
    for (const CleaningFinding& finding : row.findings) {
        switch (finding.level) {
        case CleaningFinding::Level::Rejected:
            return Level::Rejected;
        case CleaningFinding::Level::Warning:
            level = Level::Warning;
            break;
        case CleaningFinding::Level::Fixed:
            if (level == Level::Clean)
                level = Level::Fixed;
            break;
        }
    }
    return level;
}

QString PreviewRowsModel::findingsText(const ImportRowDetail& row)
{
    QStringList texts;
    if (row.result.outcome == RowOutcome::Rejected && !row.result.reason.isEmpty())
        texts.append(row.result.reason);
    for (const CleaningFinding& finding : row.findings) {
        QString text = finding.field == TargetField::Ignore
                           ? finding.message
                           : tr("%1: %2").arg(displayName(finding.field), finding.message);
        if (!finding.before.isEmpty() && !finding.after.isEmpty() &&
            finding.before != finding.after)
            text += tr(" (%1 → %2)").arg(finding.before, finding.after);
        else if (!finding.before.isEmpty() && finding.after.isEmpty())
            text += tr(" (%1)").arg(finding.before);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(QStringLiteral("; "));
}

bool PreviewRowsModel::accepts(const ImportRowDetail& row) const
{
    const auto has = [&row](CleaningFinding::Level level) {
        return std::any_of(row.findings.begin(), row.findings.end(),
                           [level](const CleaningFinding& f) { return f.level == level; });
    };
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::WithFindings:
        return !row.findings.isEmpty() || row.result.outcome == RowOutcome::Rejected;
    case Filter::Fixed:
        return has(CleaningFinding::Level::Fixed);
    case Filter::Warnings:
        return has(CleaningFinding::Level::Warning);
    case Filter::Rejected:
        return row.result.outcome == RowOutcome::Rejected || has(CleaningFinding::Level::Rejected);
    }
    return true;
}

void PreviewRowsModel::refilter()
{
    m_visible.clear();
    if (!m_rows)
        return;
    for (int i = 0; i < int(m_rows->size()); ++i) {
        if (accepts(m_rows->at(i)))
            m_visible.append(i);
    }
}

int PreviewRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PreviewRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_rows || index.row() >= m_visible.size())
        return {};
    const int at = m_visible.at(index.row());
    const ImportRowDetail& row = m_rows->at(at);
    const Level level = m_levels.at(at);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return row.result.rowNumber;
        case LevelColumn:
            return levelName(level);
        case NameColumn:
            return row.name;
        case FindingsColumn:
            return findingsText(row);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FindingsColumn || index.column() == NameColumn) {
            const QString findings = findingsText(row);
            QString text = tr("In the file: %1").arg(row.cells.join(QStringLiteral(" | ")));
            if (!findings.isEmpty())
                text += u'\n' + findings.split(QStringLiteral("; ")).join(u'\n');
            return text;
        }
        break;
    case Qt::BackgroundRole:
        if (level != Level::Clean)
            return tint(level);
        break;
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn && level != Level::Clean)
            return ink(level);
        if (level != Level::Clean)
            return QColor(Qt::black); // dark text on the light tint, in any theme
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant PreviewRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case LevelColumn:
        return tr("Result");
    case NameColumn:
        return tr("Name after cleaning");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace luotsi::gui

#pragma once

#include "core/importing/ImportRunner.h"

#include <QAbstractTableModel>
#include <QList>

namespace luotsi::gui {

// The cleaning preview's rows: every file row with its cleaned name and what the cleaner did
// to it, tinted by the most serious finding, and filtered by level. It reads the dry run's
// report (at most ImportOptions::rowDetailLimit rows); filtering keeps a list of row indexes,
// so no proxy model sits over the report.
class PreviewRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        LevelColumn,
        NameColumn,
        FindingsColumn,
        ColumnCount
    };
    enum class Filter
    {
        All,
        WithFindings,
        Fixed,
        Warnings,
        Rejected
    };
    // The most serious thing about a row.
    enum class Level
    {
        Clean,
        Fixed,
        Warning,
        Rejected
    };

    explicit PreviewRowsModel(QObject* parent = nullptr);

    void setRows(const QList<core::importing::ImportRowDetail>* rows);
    void setFilter(Filter filter);
    // How many rows of the whole report have this level.
    int count(Level level) const;

    static Level levelOf(const core::importing::ImportRowDetail& row);
    static QString findingsText(const core::importing::ImportRowDetail& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool accepts(const core::importing::ImportRowDetail& row) const;
    void refilter();

    const QList<core::importing::ImportRowDetail>* m_rows = nullptr;
    QList<int> m_visible;
    QList<Level> m_levels; // per row of m_rows
    Filter m_filter = Filter::All;
};

} // namespace luotsi::gui

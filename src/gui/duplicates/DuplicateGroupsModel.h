#pragma once

#include "core/duplicates/DuplicateGroup.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace luotsi::gui {

// The duplicate groups waiting for a decision, best score first: score, number of members,
// the members' names, the fields that agreed and whether the group was put off for later.
// Names are looked up when a row is first shown, so a long list costs only what is seen.
class DuplicateGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ScoreColumn,
        MembersColumn,
        NamesColumn,
        AgreedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        GroupIdRole = Qt::UserRole + 1
    };
    // A customer's name for the names column (empty when the customer is gone).
    using NameLookup = std::function<QString(qint64 customerId)>;

    explicit DuplicateGroupsModel(NameLookup names, QObject* parent = nullptr);

    void setGroups(QList<core::duplicates::DuplicateGroup> groups);
    // Drops one group (decided), keeping the others' rows.
    void removeGroup(qint64 groupId);
    // Status of one group changed (e.g. put off for later).
    void setStatus(qint64 groupId, core::duplicates::DuplicateGroupStatus status);
    const core::duplicates::DuplicateGroup& group(int row) const { return m_groups.at(row); }
    // The row of a group, or -1.
    int rowOf(qint64 groupId) const;
    // Forgets the cached names (after a merge renamed a customer).
    void forgetNames();

    static QString statusText(core::duplicates::DuplicateGroupStatus status);
    static QString scoreText(double score);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QString names(const core::duplicates::DuplicateGroup& group) const;
    static QString agreed(const core::duplicates::DuplicateGroup& group);

    NameLookup m_lookup;
    QList<core::duplicates::DuplicateGroup> m_groups;
    mutable QHash<qint64, QString> m_names;
};

} // namespace luotsi::gui

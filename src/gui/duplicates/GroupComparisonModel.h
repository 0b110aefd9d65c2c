#pragma once

#include "core/merging/MergePlan.h"
#include "core/register/Customer.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace luotsi::gui {

// The members of one duplicate group side by side: a column per customer, a row per field.
// The first two rows choose the survivor (the record that keeps its id) and which members take
// part in the merge; the field rows show each member's value, mark the one that survives and
// let the admin choose another; the last rows list what every record brings along anyway
// (phones, emails, contacts, source keys: the survivor gets them all). A cell whose value no
// other member shares is tinted, so that differences stand out.
class GroupComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        SurvivorRow,
        IncludeRow,
        FirstFieldRow
    };
    enum Role
    {
        ChosenRole = Qt::UserRole + 1, // bool: this cell's value survives
        DiffersRole                    // bool: no other member has this value
    };
    // A member's display text of a merge field (MergeService::fieldValue).
    using FieldValue = std::function<QString(const core::Customer&, const QString& code)>;

    GroupComparisonModel(QStringList fieldCodes, std::function<QString(const QString&)> fieldTitle,
                         FieldValue fieldValue, QObject* parent = nullptr);

    // Shows these customers with the proposed plan (every customer is included).
    void setGroup(QList<core::Customer> members, core::merging::MergePlan plan);
    void clear();

    const core::merging::MergePlan& plan() const { return m_plan; }
    const QList<core::Customer>& members() const { return m_members; }
    qint64 memberId(int column) const;
    int columnOf(qint64 customerId) const;
    bool isIncluded(qint64 customerId) const;
    // Members left out of the merge.
    QList<qint64> excludedIds() const;
    // True when the plan merges at least one record into the survivor.
    bool canMerge() const;

    // The click of the admin on a cell: chooses the survivor, includes or leaves out a member,
    // or takes that member's value of a field. False when the cell offers no choice.
    bool activate(const QModelIndex& index);
    void setSurvivor(qint64 customerId);
    void setIncluded(qint64 customerId, bool included);
    void chooseValue(const QString& fieldCode, qint64 customerId);
    // The field code of a row, empty for the choice rows and information rows.
    QString fieldCode(int row) const;
    int rowOfField(const QString& fieldCode) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // The plan changed (survivor, members or a field's source).
    void planChanged();

private:
    enum class Info
    {
        Phones,
        Emails,
        Contacts,
        SourceKeys
    };
    static constexpr int infoRowCount = 4;

    QString cellText(int row, int column) const;
    bool differs(int row, int column) const;
    bool isChosen(int row, int column) const;
    QString infoText(Info info, const core::Customer& customer, const QString& separator) const;
    QString infoTitle(Info info) const;
    void rebuildValues();
    void planEdited();

    QStringList m_fieldCodes;
    std::function<QString(const QString&)> m_fieldTitle;
    FieldValue m_fieldValue;
    QList<core::Customer> m_members;
    core::merging::MergePlan m_plan;
    QSet<qint64> m_excluded;
    // [field row - FirstFieldRow][column]: the members' values, read once per group.
    QList<QStringList> m_values;
};

} // namespace luotsi::gui

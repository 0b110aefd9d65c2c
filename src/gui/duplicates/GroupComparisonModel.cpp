#include "GroupComparisonModel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace luotsi::gui {

using namespace luotsi::core;

namespace {

// Soft enough to read black text on, in light themes; a dark palette gets its own shade.
QColor differenceColour()
{
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0x5a, 0x4a, 0x1e) : QColor(0xff, 0xf1, 0xc8);
}

} // namespace

GroupComparisonModel::GroupComparisonModel(QStringList fieldCodes,
                                           std::function<QString(const QString&)> fieldTitle,
                                           FieldValue fieldValue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fieldCodes(std::move(fieldCodes))
    , m_fieldTitle(std::move(fieldTitle))
    , m_fieldValue(std::move(fieldValue))
{}

void GroupComparisonModel::setGroup(QList<Customer> members, merging::MergePlan plan)
{
    beginResetModel();
    m_members = std::move(members);
    m_plan = std::move(plan);
    m_excluded.clear();
    rebuildValues();
    endResetModel();
    emit planChanged();
}

void GroupComparisonModel::clear()
{
    setGroup({}, {});
}

void GroupComparisonModel::rebuildValues()
{
    m_values.clear();
    for (const QString& code : std::as_const(m_fieldCodes)) {
        QStringList values;
        for (const Customer& customer : std::as_const(m_members))
            values.append(m_fieldValue ? m_fieldValue(customer, code) : QString());
        m_values.append(values);
    }
}

qint64 GroupComparisonModel::memberId(int column) const
{
    return column >= 0 && column < m_members.size() ? m_members.at(column).id : 0;
}

int GroupComparisonModel::columnOf(qint64 customerId) const
{
    for (int c = 0; c < int(m_members.size()); ++c) {
        if (m_members.at(c).id == customerId)
            return c;
    }
    return -1;
}

bool GroupComparisonModel::isIncluded(qint64 customerId) const
{
    return columnOf(customerId) >= 0 && !m_excluded.contains(customerId);
}

QList<qint64> GroupComparisonModel::excludedIds() const
{
    QList<qint64> ids;
    for (const Customer& customer : m_members) {
        if (m_excluded.contains(customer.id))
            ids.append(customer.id);
    }
    return ids;
}

bool GroupComparisonModel::canMerge() const
{
    return m_plan.survivorId != 0 && isIncluded(m_plan.survivorId) && !m_plan.memberIds.isEmpty();
}

QString GroupComparisonModel::fieldCode(int row) const
{
    const int field = row - FirstFieldRow;
    return field >= 0 && field < m_fieldCodes.size() ? m_fieldCodes.at(field) : QString();
}

int GroupComparisonModel::rowOfField(const QString& fieldCode) const
{
    const int field = int(m_fieldCodes.indexOf(fieldCode));
    return field < 0 ? -1 : FirstFieldRow + field;
}

void GroupComparisonModel::planEdited()
{
    // The survivor and the included set decide every member list of the plan.
    m_plan.memberIds.clear();
    for (const Customer& customer : std::as_const(m_members)) {
        if (customer.id != m_plan.survivorId && !m_excluded.contains(customer.id))
            m_plan.memberIds.append(customer.id);
    }
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit planChanged();
}

void GroupComparisonModel::setSurvivor(qint64 customerId)
{
    if (columnOf(customerId) < 0 || customerId == m_plan.survivorId)
        return;
    m_excluded.remove(customerId);
    m_plan.survivorId = customerId;
    planEdited();
}

void GroupComparisonModel::setIncluded(qint64 customerId, bool included)
{
    // The survivor is the merge: it cannot be left out of it.
    if (columnOf(customerId) < 0 || (!included && customerId == m_plan.survivorId))
        return;
    if (included == !m_excluded.contains(customerId))
        return;
    if (included) {
        m_excluded.remove(customerId);
    } else {
        m_excluded.insert(customerId);
        // Values it would have given fall back to the survivor's.
        for (auto it = m_plan.valueFrom.begin(); it != m_plan.valueFrom.end();) {
            if (it.value() == customerId)
                it = m_plan.valueFrom.erase(it);
            else
                ++it;
        }
    }
    planEdited();
}

void GroupComparisonModel::chooseValue(const QString& fieldCode, qint64 customerId)
{
    const int row = rowOfField(fieldCode);
    if (row < 0 || !isIncluded(customerId))
        return;
    m_plan.valueFrom.insert(fieldCode, customerId);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit planChanged();
}

bool GroupComparisonModel::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return false;
    const qint64 id = memberId(index.column());
    if (index.row() == SurvivorRow) {
        setSurvivor(id);
        return true;
    }
    if (index.row() == IncludeRow) {
        if (id == m_plan.survivorId)
            return false;
        setIncluded(id, m_excluded.contains(id));
        return true;
    }
    const QString code = fieldCode(index.row());
    if (code.isEmpty() || !isIncluded(id))
        return false;
    chooseValue(code, id);
    return true;
}

int GroupComparisonModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_members.isEmpty())
        return 0;
    return FirstFieldRow + int(m_fieldCodes.size()) + infoRowCount;
}

int GroupComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QString GroupComparisonModel::infoTitle(Info info) const
{
    switch (info) {
    case Info::Phones:
        return tr("Phones");
    case Info::Emails:
        return tr("Emails");
    case Info::Contacts:
        return tr("Contact persons");
    case Info::SourceKeys:
        return tr("Source keys");
    }
    return {};
}

QString GroupComparisonModel::infoText(Info info, const Customer& customer,
                                       const QString& separator) const
{
    QStringList items;
    switch (info) {
    case Info::Phones:
    case Info::Emails: {
        const ChannelKind kind = info == Info::Phones ? ChannelKind::Phone : ChannelKind::Email;
        for (const ContactChannel& channel : customer.channels) {
            if (channel.kind == kind)
                items.append(channel.value);
        }
        break;
    }
    case Info::Contacts:
        for (const Contact& contact : customer.contacts)
            items.append(contact.fullName());
        break;
    case Info::SourceKeys:
        for (const SourceKey& key : customer.sourceKeys)
            items.append(key.sourceSystem + QStringLiteral(": ") + key.key);
        break;
    }
    return items.join(separator);
}

QString GroupComparisonModel::cellText(int row, int column) const
{
    const int field = row - FirstFieldRow;
    if (field >= 0 && field < m_values.size())
        return m_values.at(field).at(column);
    const int info = field - int(m_values.size());
    if (info >= 0 && info < infoRowCount)
        return infoText(Info(info), m_members.at(column), QStringLiteral("; "));
    return {};
}

bool GroupComparisonModel::differs(int row, int column) const
{
    if (row < FirstFieldRow || m_members.size() < 2)
        return false;
    const QString own = cellText(row, column);
    for (int c = 0; c < int(m_members.size()); ++c) {
        if (c != column && !m_excluded.contains(memberId(c)) && cellText(row, c) == own)
            return false;
    }
    return true;
}

bool GroupComparisonModel::isChosen(int row, int column) const
{
    const QString code = fieldCode(row);
    if (code.isEmpty())
        return false;
    return m_plan.valueFrom.value(code, m_plan.survivorId) == memberId(column);
}

QVariant GroupComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= m_members.size() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const qint64 id = memberId(column);
    const bool excluded = m_excluded.contains(id);
    const bool infoRow = row >= FirstFieldRow + m_fieldCodes.size();
    switch (role) {
    case Qt::DisplayRole:
        if (row == SurvivorRow)
            return id == m_plan.survivorId ? tr("Keeps its id") : QString();
        if (row == IncludeRow)
            return excluded ? tr("Left out") : tr("In the merge");
        return cellText(row, column);
    case Qt::CheckStateRole:
        if (row == SurvivorRow)
            return id == m_plan.survivorId ? Qt::Checked : Qt::Unchecked;
        if (row == IncludeRow)
            return excluded ? Qt::Unchecked : Qt::Checked;
        break;
    case Qt::ToolTipRole:
        if (row == SurvivorRow)
            return tr("The survivor keeps its id; the others are merged into it.");
        if (row == IncludeRow)
            return tr("A record left out stays as it is and is not proposed with these again.");
        if (infoRow) {
            const int info = row - FirstFieldRow - int(m_fieldCodes.size());
            return infoText(Info(info), m_members.at(column), QStringLiteral("\n"));
        }
        return excluded ? tr("Left out of the merge") : tr("Click to keep this value");
    case Qt::FontRole:
        if (isChosen(row, column)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (isChosen(row, column))
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        break;
    case Qt::BackgroundRole:
        if (!excluded && differs(row, column))
            return differenceColour();
        break;
    case Qt::ForegroundRole:
        if (excluded && row != IncludeRow)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case ChosenRole:
        return isChosen(row, column);
    case DiffersRole:
        return !excluded && differs(row, column);
    }
    return {};
}

QVariant GroupComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_members.size())
            return {};
        const Customer& customer = m_members.at(section);
        if (role == Qt::DisplayRole)
            return tr("%1\nid %2").arg(customer.name).arg(customer.id);
        if (role == Qt::ToolTipRole)
            return tr("Double-click to open the customer's card");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == SurvivorRow)
        return tr("Survivor");
    if (section == IncludeRow)
        return tr("Include in merge");
    const QString code = fieldCode(section);
    if (!code.isEmpty())
        return m_fieldTitle ? m_fieldTitle(code) : code;
    const int info = section - FirstFieldRow - int(m_fieldCodes.size());
    if (info < 0 || info >= infoRowCount)
        return {};
    if (role == Qt::ToolTipRole)
        return tr("The surviving record gets these from every record of the merge.");
    return infoTitle(Info(info));
}

Qt::ItemFlags GroupComparisonModel::flags(const QModelIndex& index) const
{
    // Not user-checkable on purpose: a click anywhere in the cell decides (activate()), so the
    // delegate must not toggle the check box a second time.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace luotsi::gui

#include "HistorySection.h"

#include "CustomerCardDocument.h"
#include "core/register/CustomerService.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;

HistorySection::HistorySection(CardContext& context, QWidget* parent)
    : CardSection(context, parent)
{
    setObjectName(QStringLiteral("historySection"));
    m_entries = new QTreeWidget(this);
    m_entries->setObjectName(QStringLiteral("historyTreeWidget"));
    m_entries->setRootIsDecorated(false);
    m_entries->setHeaderLabels(
        {tr("Time"), tr("User"), tr("Change"), tr("Old value"), tr("New value")});
    m_entries->setColumnWidth(0, 130);
    m_entries->setColumnWidth(1, 140);
    m_entries->setColumnWidth(2, 220);
    m_entries->setColumnWidth(3, 200);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_entries);
}

QString HistorySection::describe(const QString& entity, const QString& field)
{
    static const QHash<QString, const char*> entities{
        {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("channel"), QT_TR_NOOP("Contact detail")},
        {QStringLiteral("relationship"), QT_TR_NOOP("Relationship")},
        {QStringLiteral("source_key"), QT_TR_NOOP("Source key")},
    };
    static const QHash<QString, const char*> fields{
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("businessId"), QT_TR_NOOP("business ID")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("language"), QT_TR_NOOP("language")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("ownerId"), QT_TR_NOOP("owner")},
        {QStringLiteral("parentId"), QT_TR_NOOP("parent")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("firstName"), QT_TR_NOOP("first name")},
        {QStringLiteral("lastName"), QT_TR_NOOP("last name")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("email"), QT_TR_NOOP("email")},
        {QStringLiteral("street"), QT_TR_NOOP("street")},
        {QStringLiteral("postalCode"), QT_TR_NOOP("postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("city")},
        {QStringLiteral("country"), QT_TR_NOOP("country")},
        {QStringLiteral("value"), QT_TR_NOOP("value")},
        {QStringLiteral("label"), QT_TR_NOOP("label")},
        {QStringLiteral("companyId"), QT_TR_NOOP("group company")},
        {QStringLiteral("since"), QT_TR_NOOP("since")},
        {QStringLiteral("customerNumber"), QT_TR_NOOP("customer number")},
        {QStringLiteral("sourceSystem"), QT_TR_NOOP("source system")},
        {QStringLiteral("key"), QT_TR_NOOP("key")},
    };
    const QString entityText = entities.contains(entity) ? tr(entities.value(entity)) : entity;
    if (field.isEmpty())
        return entityText;
    const QString fieldText = fields.contains(field) ? tr(fields.value(field)) : field;
    return entityText + QStringLiteral(": ") + fieldText;
}

void HistorySection::refresh()
{
    const Customer& saved = m_context.document.saved();
    // Re-read only when the stored record changed (a load or a save), not on every keystroke.
    if (saved.id == m_shownCustomer && saved.changedAt == m_shownChange)
        return;
    m_shownCustomer = saved.id;
    m_shownChange = saved.changedAt;
    m_entries->clear();
    if (saved.id == 0)
        return;
    const auto entries = m_context.service.history(saved.id);
    if (!entries) {
        new QTreeWidgetItem(m_entries, {entries.error().text()});
        return;
    }
    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    for (const AuditEntry& entry : *entries) {
        QString change = describe(entry.entity, entry.field);
        if (entry.action == QLatin1String("insert"))
            change = tr("Added: %1").arg(change);
        else if (entry.action == QLatin1String("delete"))
            change = tr("Removed: %1").arg(change);
        items.append(new QTreeWidgetItem(
            {locale.toString(entry.changedAt.toLocalTime(), QLocale::ShortFormat), entry.userName,
             change, entry.oldValue, entry.newValue}));
    }
    m_entries->addTopLevelItems(items);
}

} // namespace luotsi::gui

#include "ProvenanceSection.h"

#include "CustomerCardDocument.h"
#include "core/provenance/ProvenanceFields.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;

namespace {

// The batch an item's origin names, 0 for none.
constexpr int batchRole = Qt::UserRole;
// The field code of a row of the fields table, for tests and later links.
constexpr int fieldRole = Qt::UserRole + 1;
// The batch's file name, when known.
constexpr int batchFileRole = Qt::UserRole + 2;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

// "a, b, c" of the first few texts and "(+ n more)" for the rest: a cell stays one line.
QString listText(const QStringList& items)
{
    constexpr qsizetype shown = 3;
    QString text = items.mid(0, shown).join(QStringLiteral(", "));
    if (items.size() > shown)
        text +=
            QLatin1Char(' ') + ProvenanceSection::tr("(+ %n more)", "", int(items.size() - shown));
    return text;
}

} // namespace

ProvenanceSection::ProvenanceSection(CardContext& context, QWidget* parent)
    : CardSection(context, parent)
{
    setObjectName(QStringLiteral("provenanceSection"));
    m_fields = new QTreeWidget(this);
    m_fields->setObjectName(QStringLiteral("provenanceTreeWidget"));
    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({tr("Field"), tr("Current value"), tr("Came from")});
    m_fields->setColumnWidth(0, 160);
    m_fields->setColumnWidth(1, 260);

    auto* keysLabel = new QLabel(tr("Keys in the source systems"), this);
    m_keys = new QTreeWidget(this);
    m_keys->setObjectName(QStringLiteral("sourceKeysTreeWidget"));
    m_keys->setRootIsDecorated(false);
    m_keys->setHeaderLabels({tr("Source system"), tr("Key in the source"), tr("Import batch")});
    m_keys->setColumnWidth(0, 160);
    m_keys->setColumnWidth(1, 160);
    keysLabel->setBuddy(m_keys);

    m_batchLabel = new QLabel(this);
    m_batchLabel->setObjectName(QStringLiteral("batchLabel"));
    m_batchLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fields, 3);
    layout->addWidget(keysLabel);
    layout->addWidget(m_keys, 1);
    layout->addWidget(m_batchLabel);

    connect(m_fields, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { showBatch(item); });
    connect(m_keys, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { showBatch(item); });
}

QString ProvenanceSection::fieldTitle(const QString& field)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("business_id"), QT_TR_NOOP("Business ID")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("parent"), QT_TR_NOOP("Parent")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("addresses"), QT_TR_NOOP("Addresses")},
        {QStringLiteral("phones"), QT_TR_NOOP("Phones")},
        {QStringLiteral("emails"), QT_TR_NOOP("Emails")},
        {QStringLiteral("web"), QT_TR_NOOP("Web sites")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contact persons")},
        {QStringLiteral("relationships"), QT_TR_NOOP("Relationships")},
    };
    return titles.contains(field) ? tr(titles.value(field)) : field;
}

QString ProvenanceSection::describe(const FieldSource& source)
{
    const QString when = timeText(source.changedAt);
    if (source.mergeId != 0) {
        return source.mergedFrom.isEmpty()
                   ? tr("Merge %1 · %2").arg(source.mergeId).arg(when)
                   : tr("Merge %1 · from %2 · %3").arg(source.mergeId).arg(source.mergedFrom, when);
    }
    if (!source.sourceSystem.isEmpty()) {
        // A deleted batch leaves the system and the time.
        return source.batchId != 0 ? tr("Import batch %1 · %2 · %3")
                                         .arg(source.batchId)
                                         .arg(source.sourceSystem, when)
                                   : tr("Import · %1 · %2").arg(source.sourceSystem, when);
    }
    const QString user = source.userName.isEmpty() ? tr("a removed user") : source.userName;
    return tr("Edited by %1 · %2").arg(user, when);
}

QString ProvenanceSection::currentValue(const QString& field)
{
    const Customer& c = m_context.document.saved();
    if (field == QLatin1String("name"))
        return c.name;
    if (field == QLatin1String("business_id"))
        return c.businessId;
    if (field == QLatin1String("kind"))
        return vocabulary::displayName(c.kind);
    if (field == QLatin1String("language"))
        return vocabulary::displayName(c.language);
    if (field == QLatin1String("status"))
        return vocabulary::displayName(c.status);
    if (field == QLatin1String("owner")) {
        if (c.ownerId == 0)
            return {};
        if (m_userNames.isEmpty()) {
            if (const auto users = m_context.service.users()) {
                for (const User& user : *users)
                    m_userNames.insert(user.id, user.displayName);
            }
        }
        return m_userNames.value(c.ownerId, QString::number(c.ownerId));
    }
    if (field == QLatin1String("parent")) {
        if (c.parentId == 0)
            return {};
        const auto parent = m_context.service.ref(c.parentId);
        return parent ? parent->name : QString::number(c.parentId);
    }
    if (field == QLatin1String("notes"))
        return c.notes.section(QLatin1Char('\n'), 0, 0);
    QStringList items;
    if (field == QLatin1String("addresses")) {
        for (const Address& a : c.addresses)
            items.append(
                QStringList{a.street, a.postalCode, a.city}.join(QLatin1Char(' ')).simplified());
    } else if (field == QLatin1String("contacts")) {
        for (const Contact& contact : c.contacts)
            items.append(contact.fullName());
    } else if (field == QLatin1String("relationships")) {
        for (const Relationship& r : c.relationships)
            items.append(r.customerNumber.isEmpty() ? QString::number(r.companyId)
                                                    : r.customerNumber);
    } else {
        for (const ContactChannel& channel : c.channels) {
            if (ProvenanceFields::ofChannelKind(channel.kind) == field)
                items.append(channel.value);
        }
    }
    return listText(items);
}

void ProvenanceSection::refresh()
{
    const Customer& saved = m_context.document.saved();
    // Re-read only when the stored record changed (a load or a save), not on every keystroke.
    if (m_shown && *m_shown == saved)
        return;
    m_shown = saved;
    m_fields->clear();
    m_keys->clear();
    m_batchLabel->clear();
    if (saved.id == 0)
        return;

    const auto sources = m_context.service.fieldSources(saved.id);
    if (!sources) {
        new QTreeWidgetItem(m_fields, {sources.error().text()});
        return;
    }
    QHash<QString, FieldSource> byField;
    for (const FieldSource& source : *sources)
        byField.insert(source.field, source);

    QList<QTreeWidgetItem*> items;
    for (const QString& field : ProvenanceFields::all()) {
        const QString value = currentValue(field);
        const auto source = byField.constFind(field);
        if (value.isEmpty() && source == byField.constEnd())
            continue;
        // Data from before provenance was kept has no origin on record.
        const QString origin =
            source != byField.constEnd() ? describe(*source) : tr("Not recorded");
        auto* item = new QTreeWidgetItem({fieldTitle(field), value, origin});
        item->setData(0, fieldRole, field);
        if (source != byField.constEnd() && source->mergeId == 0) {
            item->setData(0, batchRole, source->batchId);
            item->setData(0, batchFileRole, source->batchFileName);
            item->setToolTip(2, source->batchFileName);
        }
        items.append(item);
    }
    m_fields->addTopLevelItems(items);

    QList<QTreeWidgetItem*> keys;
    for (const SourceKey& key : saved.sourceKeys) {
        auto* item = new QTreeWidgetItem(
            {key.sourceSystem, key.key,
             key.batchId != 0 ? QString::number(key.batchId) : tr("entered by hand")});
        item->setData(0, batchRole, key.batchId);
        keys.append(item);
    }
    m_keys->addTopLevelItems(keys);
}

void ProvenanceSection::showBatch(QTreeWidgetItem* item)
{
    const qint64 batchId = item ? item->data(0, batchRole).toLongLong() : 0;
    if (batchId == 0) {
        m_batchLabel->clear();
        return;
    }
    const QString file = item->data(0, batchFileRole).toString();
    m_batchLabel->setText(file.isEmpty() ? tr("Import batch %1").arg(batchId)
                                         : tr("Import batch %1 (file %2)").arg(batchId).arg(file));
}

} // namespace luotsi::gui

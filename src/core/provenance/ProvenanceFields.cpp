#include "ProvenanceFields.h"

#include <QHash>

#include <algorithm>

namespace luotsi::core {

namespace {

// CustomerDiff's names of the customer's own fields → field_sources codes.
const QHash<QString, QString>& customerFieldCodes()
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("businessId"), QStringLiteral("business_id")},
        {QStringLiteral("kind"), QStringLiteral("kind")},
        {QStringLiteral("language"), QStringLiteral("language")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("ownerId"), QStringLiteral("owner")},
        {QStringLiteral("parentId"), QStringLiteral("parent")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
    };
    return codes;
}

void addOnce(QStringList& fields, const QString& field)
{
    if (!field.isEmpty() && !fields.contains(field))
        fields.append(field);
}

// The list a channel belongs to, looked up by id in either version of the customer.
void addChannel(QStringList& fields, const QList<ContactChannel>& channels, qint64 id)
{
    const auto it = std::find_if(channels.begin(), channels.end(),
                                 [id](const ContactChannel& c) { return c.id == id; });
    if (it != channels.end())
        addOnce(fields, ProvenanceFields::ofChannelKind(it->kind));
}

// In the order of all(), so that the same change always records the same list.
QStringList ordered(const QStringList& fields)
{
    QStringList out;
    for (const QString& field : ProvenanceFields::all()) {
        if (fields.contains(field))
            out.append(field);
    }
    return out;
}

} // namespace

QStringList ProvenanceFields::all()
{
    return {QStringLiteral("name"),     QStringLiteral("business_id"),  QStringLiteral("kind"),
            QStringLiteral("language"), QStringLiteral("status"),       QStringLiteral("owner"),
            QStringLiteral("parent"),   QStringLiteral("notes"),        QStringLiteral("addresses"),
            QStringLiteral("phones"),   QStringLiteral("emails"),       QStringLiteral("web"),
            QStringLiteral("contacts"), QStringLiteral("relationships")};
}

QString ProvenanceFields::ofChannelKind(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Phone:
        return QStringLiteral("phones");
    case ChannelKind::Email:
        return QStringLiteral("emails");
    case ChannelKind::Web:
        break;
    }
    return QStringLiteral("web");
}

QStringList ProvenanceFields::ofCreated(const Customer& customer)
{
    QStringList fields{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("language"),
                       QStringLiteral("status")};
    if (!customer.businessId.isEmpty())
        fields.append(QStringLiteral("business_id"));
    if (customer.ownerId != 0)
        fields.append(QStringLiteral("owner"));
    if (customer.parentId != 0)
        fields.append(QStringLiteral("parent"));
    if (!customer.notes.isEmpty())
        fields.append(QStringLiteral("notes"));
    if (!customer.addresses.isEmpty())
        fields.append(QStringLiteral("addresses"));
    for (const ContactChannel& channel : customer.channels)
        addOnce(fields, ofChannelKind(channel.kind));
    if (!customer.contacts.isEmpty())
        fields.append(QStringLiteral("contacts"));
    if (!customer.relationships.isEmpty())
        fields.append(QStringLiteral("relationships"));
    return ordered(fields);
}

QStringList ProvenanceFields::ofChanges(const Customer& before, const Customer& after,
                                        const QList<FieldChange>& changes)
{
    QStringList fields;
    for (const FieldChange& change : changes) {
        if (change.entity == QLatin1String("customer")) {
            addOnce(fields, customerFieldCodes().value(change.field));
        } else if (change.entity == QLatin1String("contact")) {
            addOnce(fields, QStringLiteral("contacts"));
        } else if (change.entity == QLatin1String("address")) {
            addOnce(fields, QStringLiteral("addresses"));
        } else if (change.entity == QLatin1String("relationship")) {
            addOnce(fields, QStringLiteral("relationships"));
        } else if (change.entity == QLatin1String("channel")) {
            addChannel(fields, before.channels, change.entityId);
            addChannel(fields, after.channels, change.entityId);
        }
        // Source keys are listed on the card as they are, with their own batch.
    }
    return ordered(fields);
}

} // namespace luotsi::core

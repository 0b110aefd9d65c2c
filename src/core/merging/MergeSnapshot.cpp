#include "MergeSnapshot.h"

#include "core/register/CustomerJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace luotsi::core::merging {

namespace {

const QString sourcesKey = QStringLiteral("fieldSources");

QJsonValue id(qint64 value)
{
    return QJsonValue(static_cast<double>(value));
}

qint64 idOf(const QJsonObject& object, const QString& key)
{
    return static_cast<qint64>(object.value(key).toDouble());
}

} // namespace

QByteArray MergeSnapshot::toBytes() const
{
    QJsonObject object = CustomerJson::toJson(customer);
    QJsonArray array;
    for (const FieldSource& s : sources) {
        array.append(
            QJsonObject{{QStringLiteral("field"), s.field},
                        {QStringLiteral("sourceSystem"), s.sourceSystem},
                        {QStringLiteral("batchId"), id(s.batchId)},
                        {QStringLiteral("userId"), id(s.userId)},
                        {QStringLiteral("mergeId"), id(s.mergeId)},
                        {QStringLiteral("changedAt"), s.changedAt.toUTC().toString(Qt::ISODate)}});
    }
    object.insert(sourcesKey, array);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<MergeSnapshot> MergeSnapshot::fromBytes(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    auto customer = CustomerJson::fromJson(object);
    if (!customer)
        return std::nullopt;
    MergeSnapshot snapshot{*customer, {}};
    const QJsonArray array = object.value(sourcesKey).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        FieldSource s;
        s.field = o.value(QStringLiteral("field")).toString();
        s.sourceSystem = o.value(QStringLiteral("sourceSystem")).toString();
        s.batchId = idOf(o, QStringLiteral("batchId"));
        s.userId = idOf(o, QStringLiteral("userId"));
        s.mergeId = idOf(o, QStringLiteral("mergeId"));
        s.changedAt =
            QDateTime::fromString(o.value(QStringLiteral("changedAt")).toString(), Qt::ISODate);
        snapshot.sources.append(s);
    }
    return snapshot;
}

} // namespace luotsi::core::merging

#include "SalesFactRecord.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace luotsi::core::importing {

namespace {

const QString recordKey = QStringLiteral("salesFact");

} // namespace

qint64 SalesFactRecord::cents(double revenue)
{
    return qint64(std::llround(revenue * 100.0));
}

bool SalesFactRecord::sameValues(const segments::SalesFact& a, const segments::SalesFact& b)
{
    return a.customerId == b.customerId && a.companyId == b.companyId && a.month == b.month &&
           cents(a.revenue) == cents(b.revenue) && a.orders == b.orders;
}

QByteArray SalesFactRecord::toJson() const
{
    QJsonObject inner;
    inner.insert(QStringLiteral("company"), fact.companyId);
    inner.insert(QStringLiteral("month"), fact.month.toString(QStringLiteral("yyyy-MM")));
    inner.insert(QStringLiteral("cents"), cents(fact.revenue));
    inner.insert(QStringLiteral("orders"), fact.orders);
    inner.insert(QStringLiteral("batch"), batchId);
    QJsonObject outer;
    outer.insert(recordKey, inner);
    return QJsonDocument(outer).toJson(QJsonDocument::Compact);
}

bool SalesFactRecord::isRecord(const QByteArray& json)
{
    // Cheap first: customer records never start so.
    return json.startsWith("{\"salesFact\":");
}

std::optional<SalesFactRecord> SalesFactRecord::fromJson(const QByteArray& json, qint64 customerId)
{
    if (!isRecord(json))
        return std::nullopt;
    const QJsonObject inner = QJsonDocument::fromJson(json).object().value(recordKey).toObject();
    const QDate month = QDate::fromString(
        inner.value(QStringLiteral("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
    if (inner.isEmpty() || !month.isValid())
        return std::nullopt;
    SalesFactRecord record;
    record.fact.customerId = customerId;
    record.fact.companyId = inner.value(QStringLiteral("company")).toInteger();
    record.fact.month = month;
    record.fact.revenue = double(inner.value(QStringLiteral("cents")).toInteger()) / 100.0;
    record.fact.orders = inner.value(QStringLiteral("orders")).toInt();
    record.batchId = inner.value(QStringLiteral("batch")).toInteger();
    return record;
}

} // namespace luotsi::core::importing

#pragma once

// Header-only helpers for the storage and service suites: readable gtest output for QString and
// Customer, raw looks into the SQLite file, and a customer with every field filled.

#include "core/Result.h"
#include "core/register/BusinessId.h"
#include "core/register/Customer.h"
#include "core/register/CustomerQuery.h"
#include "core/register/RegisterVocabulary.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

#include <ostream>

// Found by argument-dependent lookup, so that a failed EXPECT_EQ prints text, not bytes.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace luotsi::core {

inline void PrintTo(CustomerSortColumn column, std::ostream* out)
{
    static const char* names[] = {"Name", "BusinessId", "Kind", "Status", "City", "Changed"};
    *out << names[int(column)];
}

inline void PrintTo(const Customer& c, std::ostream* out)
{
    auto s = [](const QString& text) { return text.toStdString(); };
    auto time = [](const QDateTime& t) { return t.toString(Qt::ISODateWithMs).toStdString(); };
    *out << "Customer{id=" << c.id << " name=" << s(c.name) << " businessId=" << s(c.businessId)
         << " kind=" << s(vocabulary::code(c.kind))
         << " language=" << s(vocabulary::code(c.language))
         << " status=" << s(vocabulary::code(c.status)) << " owner=" << c.ownerId
         << " parent=" << c.parentId << " notes=" << s(c.notes) << " created=" << time(c.createdAt)
         << " changed=" << time(c.changedAt);
    for (const Contact& x : c.contacts) {
        *out << "\n  contact{" << x.id << ' ' << s(x.firstName) << ' ' << s(x.lastName) << " / "
             << s(x.title) << " / " << s(x.role) << " / " << s(x.phone) << " / " << s(x.email)
             << '}';
    }
    for (const Address& x : c.addresses) {
        *out << "\n  address{" << x.id << ' ' << s(vocabulary::code(x.kind)) << " / " << s(x.street)
             << " / " << s(x.postalCode) << " / " << s(x.city) << " / " << s(x.country) << '}';
    }
    for (const ContactChannel& x : c.channels) {
        *out << "\n  channel{" << x.id << ' ' << s(vocabulary::code(x.kind)) << " / " << s(x.value)
             << " / " << s(x.label) << '}';
    }
    for (const Relationship& x : c.relationships) {
        *out << "\n  relationship{" << x.id << " company=" << x.companyId
             << " since=" << s(x.since.toString(Qt::ISODate)) << " / " << s(x.customerNumber)
             << " / " << s(vocabulary::code(x.status)) << '}';
    }
    for (const SourceKey& x : c.sourceKeys)
        *out << "\n  sourceKey{" << x.id << ' ' << s(x.sourceSystem) << " / " << s(x.key) << '}';
    *out << '}';
}

} // namespace luotsi::core

namespace luotsi::test {

// The value of a result, or a test failure and a default value when it is an error, so that a
// check can read service().count(q) without dereferencing an error.
template<typename T> T valueOf(const core::Result<T>& result)
{
    if (!result) {
        ADD_FAILURE() << result.error().text().toStdString();
        return T{};
    }
    return result.value();
}

// The first column of the first row of sql, or an invalid QVariant (and a test failure) when the
// statement fails.
inline QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

// Runs one statement; false (and a test failure) when it fails.
inline bool exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return false;
    }
    return true;
}

// Every table of the schema (virtual and FTS shadow tables included), sorted.
inline QStringList tableNames(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        ADD_FAILURE() << query.lastError().text().toStdString();
    }
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// Every row of every table as "table|value|value…" lines, sorted: two dumps are equal exactly
// when the tables hold the same data (the search index's shadow tables included).
inline QStringList dump(const QSqlDatabase& db)
{
    QStringList lines;
    for (const QString& table : tableNames(db)) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            ADD_FAILURE() << table.toStdString() << ": " << query.lastError().text().toStdString();
            continue;
        }
        while (query.next()) {
            QString line = table;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                line += QLatin1Char('|');
                if (value.isNull())
                    line += QStringLiteral("NULL");
                else if (value.typeId() == QMetaType::QByteArray)
                    line += QString::fromLatin1(value.toByteArray().toHex());
                else
                    line += value.toString();
            }
            lines.append(line);
        }
    }
    lines.sort();
    return lines;
}

// A valid business ID "NNNNNNN-C" made from a number (seven digits at most); the next number
// with a valid check digit when this one has none.
inline QString businessIdFrom(int number)
{
    for (;; ++number) {
        const QString digits = QString::number(number).rightJustified(7, QLatin1Char('0'));
        const int check = core::BusinessId::checkDigit(digits);
        if (check >= 0)
            return digits + QLatin1Char('-') + QString::number(check);
    }
}

// A customer with every field and every kind of child, already in the form the validator
// normalises to (so that a save stores it unchanged). companyIds name existing group companies;
// one relationship is made per id.
inline core::Customer fullCustomer(qint64 ownerId, const QList<qint64>& companyIds)
{
    using namespace luotsi::core;
    Customer c;
    c.name = QStringLiteral("Kallion seurakunta");
    c.businessId = QStringLiteral("0109862-8");
    c.kind = CustomerKind::Parish;
    c.language = Language::Swedish;
    c.status = CustomerStatus::Prospect;
    c.ownerId = ownerId;
    c.notes = QStringLiteral("Kirkkoherra: \"Ville\"; avain 'B12'.\nToinen rivi — äöå ÄÖÅ.");
    c.createdAt = QDateTime(QDate(2019, 3, 4), QTime(5, 6, 7), Qt::UTC);
    c.contacts = {
        {0, QStringLiteral("Matti"), QStringLiteral("Meikäläinen"), QStringLiteral("Kirkkoherra"),
         QStringLiteral("päättäjä"), QStringLiteral("+358401234567"),
         QStringLiteral("matti.meikalainen@evl.fi")},
        {0, QStringLiteral("Åsa"), QStringLiteral("Öhman"), {}, {}, {}, {}},
    };
    // Billing first: the list's city is the visiting address's all the same.
    c.addresses = {
        {0, AddressKind::Billing, QStringLiteral("PL 123"), QStringLiteral("02101"),
         QStringLiteral("Espoo"), QStringLiteral("FI")},
        {0, AddressKind::Visiting, QStringLiteral("Itäinen Papinkatu 2"), QStringLiteral("00530"),
         QStringLiteral("Helsinki"), QStringLiteral("FI")},
        {0, AddressKind::Postal, QStringLiteral("Box 5"), QStringLiteral("SE-111 22"),
         QStringLiteral("Stockholm"), QStringLiteral("SE")},
    };
    c.channels = {
        {0, ChannelKind::Phone, QStringLiteral("+358923406000"), QStringLiteral("vaihde")},
        {0, ChannelKind::Email, QStringLiteral("kallio@evl.fi"), {}},
        {0, ChannelKind::Web, QStringLiteral("https://kallionseurakunta.fi"),
         QStringLiteral("www")},
    };
    for (qsizetype i = 0; i < companyIds.size(); ++i) {
        Relationship r;
        r.companyId = companyIds.at(i);
        r.since = i == 0 ? QDate(2007, 2, 1) : QDate();
        r.customerNumber = QStringLiteral("A-%1").arg(1000 + i);
        r.status = i == 0 ? RelationshipStatus::Active : RelationshipStatus::Ended;
        c.relationships.append(r);
    }
    c.sourceKeys = {
        {0, QStringLiteral("excel-asiakkaat"), QStringLiteral("rivi 17")},
        {0, QStringLiteral("vanha-crm"), QStringLiteral("K-000123")},
    };
    return c;
}

} // namespace luotsi::test

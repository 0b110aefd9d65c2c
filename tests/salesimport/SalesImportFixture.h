#pragma once

// A small register for the sales facts import: three group companies, customers found by each
// of the four ways (a Sonet source key, a business ID, a customer number at a group company,
// Luotsi's own number) and two that share a business ID; the files the tests import, written
// with the project's own table writers; and the register's facts as one comparable list.

#include "core/Workspace.h"
#include "core/importing/ImportRunner.h"
#include "core/importing/writers/CsvTableWriter.h"
#include "core/importing/writers/XlsxTableWriter.h"
#include "core/register/CustomerService.h"
#include "core/storage/Database.h"
#include "core/storage/DirectoryRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace luotsi::test {

inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

struct SalesRegister
{
    qint64 paino = 0;   // PAINO, Lahden Paino Oy
    qint64 kauppa = 0;  // KAUPPA, Kirkkokauppa Oy
    qint64 sahko = 0;   // SAHKO, Hämeen Sähkö Oy
    qint64 karkola = 0; // Sonet 1001, business ID 0112038-9
    qint64 hollola = 0; // business ID 1572860-0, PAINO customer number P-77
    qint64 leipomo = 0; // no key, no business ID: Luotsi's number only
    qint64 rauta = 0;   // Sonet 1004; shares business ID 1234567-1 with twin
    qint64 twin = 0;

    void build(core::Workspace& workspace)
    {
        storage::DirectoryRepository directory(workspace.database());
        const auto company = [&](const char* code, const QString& name) {
            auto added = directory.addGroupCompany({0, QString::fromLatin1(code), name, {}});
            EXPECT_TRUE(added) << added.error().text().toStdString();
            return added ? added->id : 0;
        };
        paino = company("PAINO", QStringLiteral("Lahden Paino Oy"));
        kauppa = company("KAUPPA", QStringLiteral("Kirkkokauppa Oy"));
        sahko = company("SAHKO", QStringLiteral("Hämeen Sähkö Oy"));

        const auto customer = [&](const QString& name, const QString& businessId,
                                  const QString& sonetKey, const QString& painoNumber) {
            core::Customer c;
            c.name = name;
            c.kind = core::CustomerKind::Company;
            c.businessId = businessId;
            if (!sonetKey.isEmpty())
                c.sourceKeys.append({0, QStringLiteral("Sonet"), sonetKey, 0});
            if (!painoNumber.isEmpty()) {
                core::Relationship r;
                r.companyId = paino;
                r.customerNumber = painoNumber;
                c.relationships.append(r);
            }
            auto created = workspace.customers().create(c);
            EXPECT_TRUE(created) << created.error().text().toStdString();
            return created ? created->id : 0;
        };
        karkola = customer(QStringLiteral("Kärkölän Konepaja Oy"), QStringLiteral("0112038-9"),
                           QStringLiteral("1001"), {});
        hollola = customer(QStringLiteral("Hollolan Puutarha Ky"), QStringLiteral("1572860-0"), {},
                           QStringLiteral("P-77"));
        leipomo = customer(QStringLiteral("Lahden Leipomo Oy"), {}, {}, {});
        rauta = customer(QStringLiteral("Orimattilan Rauta Oy"), QStringLiteral("1234567-1"),
                         QStringLiteral("1004"), {});
        twin = customer(QStringLiteral("Orimattilan Rauta ja Rakennus Oy"),
                        QStringLiteral("1234567-1"), {}, {});
    }
};

// Every sales fact of the register with the batch that wrote it, in key order.
inline QStringList factsOf(core::Workspace& workspace)
{
    QStringList facts;
    QSqlQuery q(workspace.database().connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT customer_id, company_id, month, printf('%.2f', revenue), order_count, "
        "coalesce(batch_id, 0) FROM sales_facts ORDER BY customer_id, company_id, month")));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields.append(q.value(i).toString());
        facts.append(fields.join(u'|'));
    }
    return facts;
}

inline int countOf(core::Workspace& workspace, const QString& sql)
{
    QSqlQuery q(workspace.database().connection());
    EXPECT_TRUE(q.exec(sql));
    return q.next() ? q.value(0).toInt() : -1;
}

// A table as Excel or Finnish Excel's CSV holds it, written with the project's writers.
inline void writeTable(const QString& path, const QStringList& header,
                       const QList<QList<core::importing::TableValue>>& rows)
{
    auto writer = core::importing::TableWriter::forPath(path);
    ASSERT_TRUE(writer->beginTable(QStringLiteral("Myynti"), header));
    for (const auto& row : rows)
        ASSERT_TRUE(writer->writeRow(row));
    ASSERT_TRUE(writer->finish());
}

// The CSV writer writes UTF-8 with a byte order mark; the group companies' old systems write
// Windows-1252. Re-encodes the file as such (the euro sign is byte 0x80 there).
inline void toWindows1252(const QString& path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QStringEncoder cp1252("windows-1252");
    ASSERT_TRUE(cp1252.isValid());
    const QByteArray encoded = cp1252.encode(utf8.decode(bytes));
    ASSERT_FALSE(cp1252.hasError());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(encoded);
}

} // namespace luotsi::test

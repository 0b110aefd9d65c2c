#pragma once

// A temporary register with a MergeService and the customers the merge suites work on.

#include "core/Workspace.h"
#include "core/merging/MergeService.h"
#include "core/register/CustomerJson.h"
#include "core/register/CustomerService.h"
#include "core/storage/DirectoryRepository.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

#include <memory>

namespace luotsi::test {

class MergeFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (HasFailure())
            GTEST_FAIL() << "the temporary register did not open";
        storage::DirectoryRepository directory(db());
        for (const char* code : {"LUO", "VG"}) {
            auto company =
                directory.addGroupCompany({0,
                                           QString::fromLatin1(code),
                                           QString::fromLatin1(code) + QStringLiteral(" Oy"),
                                           {}});
            ASSERT_TRUE(company);
            m_companies.append(company->id);
        }
        m_merging = std::make_unique<core::merging::MergeService>(m_register.workspace());
    }

    storage::Database& db() { return m_register.workspace().database(); }
    core::CustomerService& customers() { return m_register.workspace().customers(); }
    core::merging::MergeService& merging() { return *m_merging; }
    QSqlDatabase sql() { return db().connection(); }

    core::Customer create(const core::Customer& customer)
    {
        auto created = customers().create(customer);
        if (!created) {
            ADD_FAILURE() << created.error().text().toStdString();
            return customer;
        }
        return *created;
    }

    core::Customer load(qint64 id) { return valueOf(customers().load(id)); }

    qint64 addNote(qint64 customerId, const QString& subject)
    {
        core::TimelineEntry entry;
        entry.customerId = customerId;
        entry.subject = subject;
        return valueOf(customers().addTimelineEntry(entry)).id;
    }

    // The ids of a list's items, ascending.
    template<typename T> static QList<qint64> sortedIds(const QList<T>& items)
    {
        QList<qint64> ids;
        for (const T& item : items)
            ids.append(item.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QList<qint64> timelineIds(qint64 customerId)
    {
        return sortedIds(valueOf(customers().timeline(customerId)));
    }

    QList<qint64> childIds(qint64 customerId)
    {
        return sortedIds(valueOf(customers().children(customerId)));
    }

    // A plain company below parentId (0: none).
    core::Customer named(const QString& name, qint64 parentId = 0)
    {
        core::Customer customer;
        customer.name = name;
        customer.parentId = parentId;
        return create(customer);
    }

    QList<qint64> found(const QString& text)
    {
        QList<qint64> ids;
        for (const core::CustomerRef& ref : valueOf(customers().quickSearch(text, 10)))
            ids.append(ref.id);
        return ids;
    }

    // Sets the customer's field_sources row for a field (what an import or the provenance work
    // would have written).
    void setSource(qint64 customerId, const QString& field, const QString& system,
                   const QString& changedAt)
    {
        exec(sql(), QStringLiteral("DELETE FROM field_sources WHERE customer_id = ? AND field = ?"),
             {customerId, field});
        exec(sql(),
             QStringLiteral("INSERT INTO field_sources (customer_id, field, source_system, "
                            "changed_at) VALUES (?, ?, ?, ?)"),
             {customerId, field, system, changedAt});
    }

    // Everything a merge and its undo may touch, except the audit log and the merge tables
    // (which keep the merge's history) and the full-text index's internal pages (checked by
    // searching): the dump of every other table, with each customer's changed_at left out.
    QStringList registerState()
    {
        QStringList lines;
        const QStringList skipped{QStringLiteral("audit_log"), QStringLiteral("merges"),
                                  QStringLiteral("merge_members"), QStringLiteral("merge_moves")};
        for (const QString& line : dump(sql())) {
            const QString table = line.section(QLatin1Char('|'), 0, 0);
            if (skipped.contains(table) || table.startsWith(QLatin1String("customer_search")))
                continue;
            if (table == QLatin1String("customers")) {
                // id|name|sort_name|business_id|kind|language|status|owner|parent|city|notes|
                // created_at|changed_at
                lines.append(line.section(QLatin1Char('|'), 0, -2));
                continue;
            }
            lines.append(line);
        }
        return lines;
    }

    // Three records of one parish from three systems, under a parish union, with timeline
    // entries, a chapel below one of them and overlapping channels and relationships.
    struct Duplicates
    {
        core::Customer unionRecord; // the parish union, parent of "full"
        core::Customer full;        // the most complete: the proposed survivor
        core::Customer sonet;       // overlaps full's phone and LUO relationship; has a child
        core::Customer cirix;       // the earliest VG relationship
        core::Customer chapel;      // child of sonet
    };

    Duplicates duplicates()
    {
        using namespace luotsi::core;
        Duplicates d;
        Customer parishUnion;
        parishUnion.name = QStringLiteral("Helsingin seurakuntayhtymä");
        parishUnion.kind = CustomerKind::ParishUnion;
        d.unionRecord = create(parishUnion);

        Customer full = fullCustomer(m_register.workspace().currentUser().id, {m_companies.at(0)});
        full.parentId = d.unionRecord.id;
        d.full = create(full);

        Customer sonet;
        sonet.name = QStringLiteral("Kallion srk");
        sonet.kind = CustomerKind::Parish;
        sonet.notes = QStringLiteral("Sonetista");
        sonet.channels = {{0, ChannelKind::Phone, QStringLiteral("09 2340 6000"), {}},
                          {0, ChannelKind::Email, QStringLiteral("toimisto@kallio.fi"), {}}};
        sonet.contacts = {{0, QStringLiteral("Pekka"), QStringLiteral("Puro"), {}, {}, {}, {}}};
        sonet.addresses = {{0, AddressKind::Visiting, QStringLiteral("Sturenkatu 2"),
                            QStringLiteral("00510"), QStringLiteral("Helsinki"),
                            QStringLiteral("FI")}};
        sonet.relationships = {
            {0, m_companies.at(0), QDate(2001, 1, 1), QStringLiteral("S-LUO"), {}},
            {0, m_companies.at(1), QDate(2010, 1, 1), QStringLiteral("S-VG"), {}}};
        sonet.sourceKeys = {{0, QStringLiteral("Sonet"), QStringLiteral("S-77"), 0}};
        d.sonet = create(sonet);

        Customer cirix;
        cirix.name = QStringLiteral("Kallio Församling");
        cirix.kind = CustomerKind::Parish;
        cirix.language = core::Language::Swedish;
        cirix.relationships = {
            {0, m_companies.at(1), QDate(2005, 1, 1), QStringLiteral("C-VG"), {}}};
        cirix.sourceKeys = {{0, QStringLiteral("Cirix"), QStringLiteral("C-5"), 0}};
        d.cirix = create(cirix);

        Customer chapel;
        chapel.name = QStringLiteral("Kallion kappeli");
        chapel.kind = CustomerKind::Parish;
        chapel.parentId = d.sonet.id;
        d.chapel = create(chapel);

        addNote(d.full.id, QStringLiteral("Kirkkoherran tapaaminen"));
        addNote(d.sonet.id, QStringLiteral("Soitto Sonetista"));
        addNote(d.cirix.id, QStringLiteral("Cirix-muistio"));
        return d;
    }

    // The survivorship defaults for the three duplicates.
    core::merging::MergePlan proposed(const Duplicates& d)
    {
        return valueOf(merging().propose({d.sonet.id, d.full.id, d.cirix.id}));
    }

    qint64 merge(const core::merging::MergePlan& plan)
    {
        auto merged = merging().merge(plan);
        EXPECT_TRUE(merged) << merged.error().text().toStdString();
        return merged ? *merged : 0;
    }

    TemporaryRegister m_register;
    QList<qint64> m_companies;
    std::unique_ptr<core::merging::MergeService> m_merging;
};

} // namespace luotsi::test

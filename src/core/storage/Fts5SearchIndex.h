#pragma once

#include "BatchedInsert.h"
#include "SearchIndex.h"
#include "SqliteStatement.h"

#include <memory>

namespace luotsi::storage {

// SQLite's FTS5 table customer_search (migrations/sqlite/0002_search.sql): one row per customer,
// rowid = customer id; unicode61 with diacritics removed, prefix indexes for 1–3 characters.
class Fts5SearchIndex final : public SearchIndex
{
public:
    explicit Fts5SearchIndex(Database& database);

    core::Status reindex(qint64 customerId) override;
    core::Status indexNew(qint64 firstId, qint64 lastId) override;
    core::Status remove(qint64 customerId) override;
    core::Status rebuild() override;
    QString matchCondition(MatchPlan plan) const override;
    core::Result<qint64> countMatches(const QString& matchValue) override;
    core::Result<bool> markMatches(const QString& matchValue, RankedMatches& into) override;
    std::optional<QString> matchValue(const QString& text) const override;
    core::Result<QList<qint64>> search(const QString& text, int limit) override;

    // The FTS5 query for the user's text: every word a prefix, all words required.
    static std::optional<QString> toFtsQuery(const QString& text);

private:
    Database& m_database;
    std::unique_ptr<SqliteStatement> m_markMatches;
};

} // namespace luotsi::storage

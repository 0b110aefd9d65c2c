#pragma once

#include "SqliteStatement.h"
#include "core/Result.h"
#include "core/matching/MatchRecord.h"

namespace luotsi::storage {

class Database;

// Reads what the matching engine compares of a customer (matchRecordOf() of the loaded
// customer, without the rest of it) in four small statements on SQLite's C API: an import looks
// up thousands of candidates a second, and loading each whole customer cost ten times as much.
class MatchRecordReader final
{
public:
    explicit MatchRecordReader(Database& database);

    core::Result<core::matching::MatchRecord> read(qint64 customerId);

private:
    SqliteStatement m_customer;
    SqliteStatement m_addresses;
    SqliteStatement m_channels;
    SqliteStatement m_contacts;
};

} // namespace luotsi::storage

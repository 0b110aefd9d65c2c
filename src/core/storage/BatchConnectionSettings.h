#pragma once

namespace luotsi::storage {

class Database;

// How a connection is set up while it writes an import batch of up to a million rows in one
// transaction, and set back afterwards (made before the batch's transaction begins, gone after
// it ends: these settings cannot change inside a transaction):
//  - a page cache of a bounded size, so that the pages the batch writes again and again stay in
//    memory and memory stays flat whatever the file's size;
//  - no memory-mapped reads, whose pages would count in the process's memory beside the cache;
//  - foreign keys not checked row by row: the batch's writer gives every row a parent it has
//    just written, and checking each of some thirty rows a customer was a tenth of the import.
class BatchConnectionSettings final
{
public:
    explicit BatchConnectionSettings(Database& database, int cacheKiB = 64 * 1024);
    ~BatchConnectionSettings();
    BatchConnectionSettings(const BatchConnectionSettings&) = delete;
    BatchConnectionSettings& operator=(const BatchConnectionSettings&) = delete;

private:
    Database& m_database;
    int m_previousCacheKiB = 0;
    long long m_previousMmap = 0;
    bool m_previousForeignKeys = true;
};

} // namespace luotsi::storage

#pragma once

#include <QtGlobal>

namespace luotsi::storage {

class Database;

// How much work the database did for a connection, in units that do not depend on the machine's
// speed: database pages looked up (found in the page cache or read from the file) and pages
// written. A search that uses its index looks at a few dozen pages whatever the register's size;
// one that scans the table looks at all of them. The benchmark's regression guard compares these
// counts at two register sizes, so a full scan or a quadratic path fails on any machine.
class WorkMeter final
{
public:
    struct Counts
    {
        qint64 pagesRead = 0;    // page lookups: cache hits and misses
        qint64 pagesMissed = 0;  // of those, read from the file
        qint64 pagesWritten = 0; // dirty pages written to the file or the WAL

        Counts operator-(const Counts& other) const
        {
            return {pagesRead - other.pagesRead, pagesMissed - other.pagesMissed,
                    pagesWritten - other.pagesWritten};
        }
    };

    explicit WorkMeter(Database& database);
    // Counts since this meter was made (or last restarted).
    Counts elapsed() const;
    void restart();
    // False when the connection is not SQLite (nothing is counted then).
    bool isAvailable() const { return m_handle != nullptr; }

private:
    Counts now() const;

    void* m_handle = nullptr; // sqlite3*
    Counts m_start;
};

} // namespace luotsi::storage

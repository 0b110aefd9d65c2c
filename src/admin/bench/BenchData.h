#pragma once

#include "../AdminCommand.h"
#include "core/Result.h"

#include <QString>

namespace luotsi::admin::bench {

// The inputs of one bench scale, made once and reused (keyed by scale and seed): a generated
// register of `scale` customers with 12 months of sales and no segments yet, in which one
// customer in a thousand (at least 20) has a long history — a thousand timeline entries and
// fifty saved changes — as key accounts do; and that register exported as a legacy system would
// hand it over: an .xlsx with a shared-string table, as Excel writes it, the same rows as a
// semicolon CSV in Windows-1252, and (for the sqlite3 shell's floor) in UTF-8.
class BenchData final
{
public:
    BenchData(QString folder, qint64 scale, quint32 seed);

    // Makes what is missing; files are written under temporary names and renamed when complete,
    // so a cancelled or failed run leaves nothing half-made to reuse.
    core::Status prepare(Console& console);

    QString folder() const { return m_folder; }
    QString registerPath() const;
    // An empty register, migrated: each import into an empty register starts from a copy.
    QString emptyRegisterPath() const;
    QString xlsxPath() const;
    QString csvPath() const;
    QString utf8CsvPath() const;
    // Search prefixes, one per line, and the customers whose cards are read, one id per line:
    // chosen once, so that Luotsi and the floors see the same ones in every run.
    QString prefixesPath() const;
    QString cardIdsPath() const;
    // Where runs that change a register work on a copy, and other scratch files.
    QString scratchPath(const QString& name) const;
    qint64 scale() const { return m_scale; }
    // Data rows in each file (the header row not counted).
    qint64 rows() const { return m_scale; }
    // Customers given a long history.
    qint64 longHistoryCustomers() const;
    static int columns();

    // Where data lives by default: $XDG_CACHE_HOME/luotsi-bench (~/.cache/luotsi-bench).
    static QString defaultFolder();

private:
    core::Status makeRegister(Console& console);
    core::Status addLongHistories(const QString& path, Console& console);
    core::Status makeFiles(Console& console);
    core::Status makeSamples();

    QString m_folder;
    qint64 m_scale;
    quint32 m_seed;
};

} // namespace luotsi::admin::bench

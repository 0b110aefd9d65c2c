#include "MatchKeyHash.h"

#include <sqlite3.h>

namespace luotsi::storage {

namespace {

void matchKeyHash(sqlite3_context* context, int, sqlite3_value** values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = static_cast<const QChar*>(sqlite3_value_text16(values[0]));
    const int bytes = sqlite3_value_bytes16(values[0]);
    sqlite3_result_int64(context, MatchKeyHash::of(QStringView(text, bytes / 2)));
}

} // namespace

bool MatchKeyHash::registerSqlFunction(void* sqliteHandle)
{
    return sqlite3_create_function_v2(static_cast<sqlite3*>(sqliteHandle), "match_key_hash", 1,
                                      SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, &matchKeyHash, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

} // namespace luotsi::storage

#include "BatchedInsert.h"

#include "SqliteStatement.h"

namespace luotsi::storage {

namespace {

QByteArray valuesSql(const QString& head, int columns, int rows)
{
    QByteArray row = "(";
    for (int c = 0; c < columns; ++c)
        row += c == 0 ? "?" : ", ?";
    row += ")";
    QByteArray sql = head.toUtf8() + " VALUES ";
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ", ";
        sql += row;
    }
    return sql;
}

} // namespace

BatchedInsert::BatchedInsert(Database& database, QString head, int columns, QString purpose,
                             int rowsPerStatement)
    : m_database(database)
    , m_head(std::move(head))
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_purpose(std::move(purpose))
    , m_sql(size_t(rowsPerStatement) + 1)
    , m_statements(size_t(rowsPerStatement) + 1)
{
    m_values.reserve(size_t(columns) * size_t(rowsPerStatement) * 2);
}

BatchedInsert::~BatchedInsert() = default;

core::Status BatchedInsert::run(size_t firstValue, int rows)
{
    std::unique_ptr<SqliteStatement>& made = m_statements[size_t(rows)];
    if (!made) {
        m_sql[size_t(rows)] = valuesSql(m_head, m_columns, rows);
        made = std::make_unique<SqliteStatement>(m_database, m_sql[size_t(rows)].constData(),
                                                 m_purpose);
    }
    SqliteStatement& statement = *made;
    int index = 1;
    for (size_t v = firstValue; v < firstValue + size_t(rows) * size_t(m_columns); ++v, ++index) {
        const Value& value = m_values[v];
        if (const auto* number = std::get_if<qint64>(&value))
            statement.bind(index, *number);
        else if (const auto* text = std::get_if<QString>(&value))
            statement.bind(index, *text);
        else if (const auto* bytes = std::get_if<QByteArray>(&value))
            statement.bind(index, *bytes);
        else if (const auto* real = std::get_if<double>(&value))
            statement.bind(index, *real);
        else
            statement.bindId(index, 0);
    }
    return statement.run();
}

core::Status BatchedInsert::flush()
{
    qsizetype rows = pendingRows();
    size_t value = 0;
    core::Status status;
    while (status && rows > 0) {
        const int now = int(std::min<qsizetype>(rows, m_rowsPerStatement));
        status = run(value, now);
        value += size_t(now) * size_t(m_columns);
        rows -= now;
    }
    m_values.clear();
    return status;
}

} // namespace luotsi::storage

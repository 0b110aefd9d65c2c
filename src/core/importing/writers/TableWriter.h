#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace luotsi::core::importing {

// One value of a written table: text, a number, or nothing.
class TableValue
{
public:
    enum class Kind
    {
        Empty,
        Text,
        Number
    };

    TableValue() = default;
    TableValue(const QString& text)
        : m_kind(Kind::Text)
        , m_text(text)
    {}
    TableValue(double number)
        : m_kind(Kind::Number)
        , m_number(number)
    {}
    TableValue(int number)
        : TableValue(double(number))
    {}
    TableValue(qint64 number)
        : TableValue(double(number))
    {}

    Kind kind() const { return m_kind; }
    const QString& text() const { return m_text; }
    double number() const { return m_number; }

private:
    Kind m_kind = Kind::Empty;
    QString m_text;
    double m_number = 0.0;
};

// Writes tables for people to open in Excel: import reports, register exports. A writer writes
// to a temporary file beside the target and puts it in place on finish(), so a failure leaves no
// half-written file behind.
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Starts a table (an .xlsx sheet; the one table of a CSV) with its header row.
    virtual Status beginTable(const QString& name, const QStringList& header) = 0;
    virtual Status writeRow(const QList<TableValue>& values) = 0;
    // Completes the file; nothing is at the target path before this succeeds.
    virtual Status finish() = 0;

    // An xlsx or csv writer chosen by the path's suffix (.xlsx, else CSV).
    static std::unique_ptr<TableWriter> forPath(const QString& path);
};

} // namespace luotsi::core::importing

#pragma once

#include "TableWriter.h"

#include <QSaveFile>
#include <QStringEncoder>

#include <memory>

namespace luotsi::core::importing {

// Writes one table as CSV the way Finnish Excel opens it with a double click: UTF-8 with a byte
// order mark (so Excel does not guess Windows-1252), ';' between fields, CRLF line ends, quotes
// only around fields that need them, and numbers with a decimal comma.
class CsvTableWriter final : public TableWriter
{
public:
    enum class Encoding
    {
        Utf8WithBom,
        // What Finnish Excel's "CSV (semicolon)" writes; a character outside it is an error.
        Windows1252
    };

    explicit CsvTableWriter(const QString& path, QChar delimiter = QLatin1Char(';'),
                            QChar decimalSeparator = QLatin1Char(','),
                            Encoding encoding = Encoding::Utf8WithBom);
    ~CsvTableWriter() override;

    Status beginTable(const QString& name, const QStringList& header) override;
    Status writeRow(const QList<TableValue>& values) override;
    Status finish() override;

    // A field as written: quoted when it holds the delimiter, a quote, a line break, or
    // leading/trailing spaces that Excel would otherwise drop.
    QString field(const QString& text) const;

private:
    Status write(const QString& line);

    QString m_path;
    QChar m_delimiter;
    QChar m_decimal;
    Encoding m_encoding;
    std::unique_ptr<QStringEncoder> m_encoder;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_rows = 0;
};

} // namespace luotsi::core::importing

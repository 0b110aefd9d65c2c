#pragma once

#include "core/importing/readers/WorkbookReader.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace luotsi::core::importing {

// Reads a CSV or tab-separated text file as one sheet named after the file, streamed in blocks.
// RFC 4180 quoting: a quoted field may hold delimiters, doubled quotes and line breaks (CR, LF,
// CRLF, read as "\n"); a record is one row however many lines it spans, and row numbers count
// records (blank ones too), as Excel numbers them. Every field is a String: the cleaning step
// decides what is a number or a date. A first line "sep=;" (Excel's hint) sets the delimiter.
class CsvReader final : public WorkbookReader
{
public:
    static Result<std::unique_ptr<WorkbookReader>> open(const QString& path,
                                                        const ReaderOptions& options);
    // `name` is the file name: the sheet is named after its stem.
    static Result<std::unique_ptr<WorkbookReader>> open(const QByteArray& data, const QString& name,
                                                        const ReaderOptions& options);

    QString format() const override { return QStringLiteral("csv"); }
    QList<SheetInfo> sheets() const override;
    Status selectSheet(int index) override;
    Result<bool> nextRow(SheetRow& row) override;
    double progress() const override;
    TextEncoding encoding() const override { return m_encoding; }
    QChar delimiter() const override { return m_delimiter; }

    // A field (or a record) longer than this is an unclosed quote, not data.
    static constexpr qsizetype kRecordLimit = 32 << 20;

private:
    CsvReader(std::unique_ptr<QIODevice> device, const QString& name, const ReaderOptions& options);
    Status start();
    // Reads and decodes the next block; false at the end of the file.
    Result<bool> fill();
    qint64 blockSize() const;
    void createDecoder();
    QString decode(QByteArrayView bytes);
    void endField();
    Error located(const QString& message) const;

    std::unique_ptr<QIODevice> m_device;
    QString m_name;
    QString m_sheetName;
    ReaderOptions m_options;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_delimiter;
    bool m_undecided = false; // ASCII so far: see csvDialect::EncodingGuess
    std::optional<QStringDecoder> m_decoder;
    QByteArray m_raw;

    QString m_text; // decoded, not yet parsed
    qsizetype m_position = 0;
    bool m_endOfFile = false;
    bool m_selected = false;

    // The record being parsed; it may span blocks.
    enum class State : char
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    State m_state = State::FieldStart;
    bool m_skipLf = false;   // a CR ended the last record: a following LF belongs to it
    bool m_quotedCr = false; // a CR inside quotes was read as "\n": skip its LF
    SheetRow* m_row = nullptr;
    QString m_field;
    int m_column = 0;
    int m_recordNumber = 0;
    qsizetype m_recordLength = 0;
    bool m_recordOpen = false;
};

} // namespace luotsi::core::importing

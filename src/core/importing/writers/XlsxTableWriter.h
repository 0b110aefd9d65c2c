#pragma once

#include "TableWriter.h"

#include <QSet>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace luotsi::core::importing {

// Writes tables as an .xlsx with libxlsxwriter: one sheet per table, the header row bold, text as
// text (never a formula), numbers as numbers. Excel's limits are errors, not silent cuts:
// 1,048,576 rows, 16,384 columns, 32,767 characters in a cell.
class XlsxTableWriter final : public TableWriter
{
public:
    enum class Strings
    {
        // Constant memory: each row goes to disk as it is written, its text inline in the cell,
        // so a million-row export takes little memory.
        Inline,
        // A shared-string table, as Excel itself writes: the whole workbook is held until
        // finish(), so this is for benchmark and test files, not for exports.
        Shared
    };

    explicit XlsxTableWriter(const QString& path, Strings strings = Strings::Inline);
    ~XlsxTableWriter() override;

    Status beginTable(const QString& name, const QStringList& header) override;
    Status writeRow(const QList<TableValue>& values) override;
    Status finish() override;

    static constexpr qint64 kMaxRows = 1'048'576;
    static constexpr int kMaxColumns = 16'384;

    // A sheet name Excel accepts: no []:*?/\, at most 31 characters, not empty, unique.
    QString sheetName(const QString& wanted) const;

private:
    Status fail(const QString& message);
    void discard();

    QString m_path;
    Strings m_strings;
    QString m_temporaryPath;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    QSet<QString> m_sheetNames;
    qint64 m_row = 0;
};

} // namespace luotsi::core::importing

#pragma once

#include "core/Result.h"
#include "core/importing/readers/SheetCell.h"

#include <QList>
#include <QString>

#include <memory>

namespace luotsi::core::importing {

enum class SheetState
{
    Visible,
    Hidden,
    VeryHidden
};

struct SheetInfo
{
    QString name;
    SheetState state = SheetState::Visible;
};

enum class TextEncoding
{
    Automatic,
    Utf8,
    Windows1252,
    Latin1,
    Utf16LE,
    Utf16BE
};

// Choices an admin can override; the defaults detect everything.
struct ReaderOptions
{
    TextEncoding csvEncoding = TextEncoding::Automatic;
    QChar csvDelimiter; // null: detect among ';' ',' and tab
};

// Reads a workbook (.xlsx, .xls, .csv/.txt) one row at a time with flat memory, whatever the
// file's size. The kind is chosen by the file's content, not its name. Errors say what and
// where ("sheet Asiakkaat, row 1200: ..."), never crash, and leave nothing behind.
class WorkbookReader
{
public:
    virtual ~WorkbookReader() = default;

    static Result<std::unique_ptr<WorkbookReader>> open(const QString& path,
                                                        const ReaderOptions& options = {});
    // The same for bytes in memory (tests, fuzzing): `name` stands for the file in messages and
    // names a CSV's sheet.
    static Result<std::unique_ptr<WorkbookReader>>
    openData(const QByteArray& data, const QString& name, const ReaderOptions& options = {});

    // "xlsx", "xls" or "csv".
    virtual QString format() const = 0;
    virtual QList<SheetInfo> sheets() const = 0;
    // Starts reading a sheet from its first row; may be called again to rewind. Reading without
    // selecting reads the first sheet.
    virtual Status selectSheet(int index) = 0;
    // The next non-empty row of the selected sheet; false at the end of the sheet.
    virtual Result<bool> nextRow(SheetRow& row) = 0;
    // How far the selected sheet has been read, 0..1, for progress bars.
    virtual double progress() const = 0;
    // The CSV's detected (or chosen) encoding and delimiter; Automatic / null for workbooks.
    virtual TextEncoding encoding() const { return TextEncoding::Automatic; }
    virtual QChar delimiter() const { return {}; }
};

} // namespace luotsi::core::importing

#pragma once

#include "core/Result.h"
#include "core/importing/readers/SheetCell.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringDecoder>

#include <memory>
#include <vector>

namespace luotsi::core::importing {

class BiffCursor;
struct BiffRecord;

// The BIFF5/7/8 workbook stream of an .xls (Excel 95 to 2003): the globals (sheets and their
// states, shared strings, number formats, date system, code page) and the cells of a sheet.
// Formula results, booleans and errors are read too; formulas themselves are not evaluated.
class BiffWorkbook final
{
public:
    struct Sheet
    {
        SheetInfo info;
        quint32 offset = 0; // of the sheet's BOF record in the stream
    };
    struct Cell
    {
        int row = 0; // 0-based
        SheetCell cell;
    };

    // Errors: a FILEPASS record (encrypted: the password message), no BOF, an old BIFF version.
    static Result<BiffWorkbook> parse(const QByteArray& stream);

    const QList<Sheet>& sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }
    int version() const { return m_version; }
    // A sheet's cells sorted by row and column (the last of two in one place wins).
    Result<std::vector<Cell>> readSheet(int index) const;

private:
    struct Format
    {
        QString code;
        bool isDate = false;
    };

    Status readGlobals();
    void readSharedStrings(const BiffRecord& first, class BiffStream& stream);
    void setCodePage(int codePage);
    QString decode8bit(QByteArrayView bytes) const;
    // A string as BIFF5 (8-bit, length of lengthBytes) or BIFF8 (XLUnicodeString) stores it.
    bool readString(BiffCursor& cursor, int lengthBytes, QString& text) const;
    const Format& formatOfXf(int xf) const;
    void addNumber(std::vector<Cell>& cells, int row, int column, int xf, double value) const;

    QByteArray m_stream;
    int m_version = 8; // 5 (BIFF5/7) or 8
    bool m_date1904 = false;
    int m_codePage = 1252;
    std::shared_ptr<QStringDecoder> m_decoder; // for BIFF5 text; shared so that copies work
    QList<Sheet> m_sheets;
    QList<QString> m_strings;
    QHash<int, QString> m_formatCodes;
    std::vector<int> m_xfFormats;
    std::vector<Format> m_xfTable;
    Format m_general;
};

} // namespace luotsi::core::importing

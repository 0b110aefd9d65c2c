#pragma once

// Helpers for the reader tests: workbooks made in memory (zips built with libzip, so that every
// XML oddity can be written by hand), whole-sheet reads, and short text forms of cells.

#include "core/Result.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <string>

namespace luotsi::test {

using Part = QPair<QString, QByteArray>;

// A zip of the parts, in order; stored (no compression) when store is set.
QByteArray makeZip(const QList<Part>& parts, bool store = false);

// The parts of a one-sheet workbook around the given sheet XML (and shared strings, styles when
// not empty); extra parts are added after them.
QList<Part> workbookParts(const QByteArray& sheetXml, const QByteArray& sharedStrings = {},
                          const QByteArray& styles = {}, const QByteArray& workbookPr = {});

// <worksheet ...><sheetData>rows</sheetData></worksheet>
QByteArray sheetXml(const QByteArray& rows);

// An OLE2 compound file (version 3, 512-byte sectors) holding the streams; the mini-stream
// cutoff is set to 0 so that every stream lives in regular sectors.
QByteArray makeCompoundFile(const QList<Part>& streams);

// A BIFF record: type, length, payload.
QByteArray biffRecord(quint16 type, const QByteArray& payload);
QByteArray le16(int value);
QByteArray le32(quint32 value);
QByteArray f64(double value);
// A BIFF8 string body: flags byte 0 (8-bit) with the Latin-1 characters, or 1 (UTF-16LE).
QByteArray biffText(const QString& text, bool wide);

struct ReadSheet
{
    core::importing::SheetInfo info;
    QList<core::importing::SheetRow> rows;
    QString error; // the first error while reading it
};

struct ReadBook
{
    QString format;
    QList<ReadSheet> sheets;
    QString error; // an error opening the file
};

ReadBook readAll(core::importing::WorkbookReader& reader);
ReadBook readData(const QByteArray& data, const QString& name,
                  const core::importing::ReaderOptions& options = {});
ReadBook readFile(const QString& path, const core::importing::ReaderOptions& options = {});

// "A1=number:1.5" style, for compact assertions on one cell; "" when absent.
std::string cell(const ReadSheet& sheet, int rowNumber, int column);
// Every cell of a sheet, "A1=string:x | B1=number:2" row by row, separated by " / ".
std::string dump(const ReadSheet& sheet);

inline std::string s(const QString& text)
{
    return text.toStdString();
}

} // namespace luotsi::test

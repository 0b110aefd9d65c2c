#pragma once

#include "XlsxPackage.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QByteArray>

#include <memory>

namespace luotsi::core::importing {

class XlsxSheetParser;
class ZipArchive;
class ZipEntry;

// Reads an .xlsx (or .xlsm) with libzip and expat, one row at a time: only the shared-string
// table and the styles are held; a sheet streams from the zip. Numbers with a date format, t="d"
// cells and 1904-system workbooks all come out as 1900-system DateTime serials.
class XlsxReader final : public WorkbookReader
{
public:
    ~XlsxReader() override;

    // `name` is what messages call the file.
    static Result<std::unique_ptr<WorkbookReader>> open(const QString& path);
    static Result<std::unique_ptr<WorkbookReader>> open(const QByteArray& data,
                                                        const QString& name);

    QString format() const override { return QStringLiteral("xlsx"); }
    QList<SheetInfo> sheets() const override;
    Status selectSheet(int index) override;
    Result<bool> nextRow(SheetRow& row) override;
    double progress() const override;

private:
    XlsxReader(std::unique_ptr<ZipArchive> zip, const QString& name);
    Status load();
    Error located(const Error& error, int row = 0) const;

    std::unique_ptr<ZipArchive> m_zip;
    QString m_name;
    XlsxPackage m_package;
    XlsxSharedStrings m_strings;
    XlsxStyles m_styles;
    int m_sheet = -1;
    std::unique_ptr<ZipEntry> m_entry;
    std::unique_ptr<XlsxSheetParser> m_parser;
    bool m_failed = false;
};

} // namespace luotsi::core::importing

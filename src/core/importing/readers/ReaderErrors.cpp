#include "ReaderErrors.h"

#include <QCoreApplication>

namespace luotsi::core::importing::readerErrors {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

} // namespace

Error passwordProtected(const QString& where)
{
    return {Texts::tr("the workbook is password-protected; save it without a password"), where};
}

Error notReadable(const QString& where, const QString& reason)
{
    return {Texts::tr("the file cannot be read: %1").arg(reason), where};
}

Error corrupt(const QString& where, const QString& detail)
{
    return {Texts::tr("the file is damaged or not a spreadsheet (%1)").arg(detail), where};
}

Error tooLarge(const QString& where, const QString& part)
{
    return {Texts::tr("the part %1 unpacks to more data than a workbook can hold; the file is "
                      "damaged or made to exhaust memory")
                .arg(part),
            where};
}

QString location(const QString& file, const QString& sheet, qint64 row)
{
    QString text = file;
    if (!sheet.isEmpty())
        text +=
            (text.isEmpty() ? QString() : QStringLiteral(", ")) + Texts::tr("sheet %1").arg(sheet);
    if (row > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + Texts::tr("row %1").arg(row);
    return text;
}

} // namespace luotsi::core::importing::readerErrors

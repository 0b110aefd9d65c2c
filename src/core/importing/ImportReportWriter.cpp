#include "ImportReportWriter.h"

#include "core/importing/writers/TableWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportWriter)
};

bool belongsInReport(RowOutcome outcome)
{
    return outcome == RowOutcome::Rejected || outcome == RowOutcome::Skipped ||
           outcome == RowOutcome::PossibleDuplicate;
}

} // namespace

Status ImportReportWriter::write(const ImportReport& report, const QString& path)
{
    auto writer = TableWriter::forPath(path);
    // The file's own columns first, so that the admin can fix the rows and import the file
    // again; the outcome and the reason after them, where a re-import ignores them.
    QStringList header = report.headers;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).isEmpty())
            header[i] = SheetCell::columnName(int(i));
    }
    const qsizetype fileColumns = header.size();
    header << Texts::tr("Row") << Texts::tr("Outcome") << Texts::tr("Reason");
    if (auto status = writer->beginTable(Texts::tr("Rows to fix"), header); !status)
        return status;
    for (const ImportRowDetail& row : report.rows) {
        if (!belongsInReport(row.result.outcome))
            continue;
        QList<TableValue> values;
        for (qsizetype i = 0; i < fileColumns; ++i)
            values.append(TableValue(row.cells.value(i)));
        // A row wider than the header keeps its extra cells too.
        for (qsizetype i = fileColumns; i < row.cells.size(); ++i)
            values.append(TableValue(row.cells.at(i)));
        values.append(TableValue(row.result.rowNumber));
        values.append(TableValue(outcomeDisplayName(row.result.outcome)));
        values.append(TableValue(row.result.reason));
        if (auto status = writer->writeRow(values); !status)
            return status;
    }
    return writer->finish();
}

} // namespace luotsi::core::importing

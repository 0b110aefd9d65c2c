#pragma once

#include "core/Result.h"
#include "core/importing/mapping/TargetField.h"
#include "core/register/CustomerQuery.h"

#include <QStringList>

#include <functional>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::importing {

class TableWriter;

// Writes the customer list (with its filter and order) or the whole register to .xlsx or .csv,
// one row per customer and no row cap. The first column is the customer's Luotsi number and the
// last its version (a fingerprint of the record as exported): imported again, a row finds its
// customer by the number, an edited cell comes back as an update, and a customer changed in
// Luotsi since the export is reported as a conflict instead of being overwritten.
class RegisterExport final
{
public:
    // The source system whose keys are Luotsi's own customer numbers.
    static QString luotsiSourceSystem();
    // The column headers in the export's order (translated, and in English).
    static QStringList headers();
    static QStringList englishHeaders();
    // The field of each column when the export is imported again (the version: Ignore).
    static QList<TargetField> fields();

    // Called every few hundred customers; returning false cancels (the file is not written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<qint64> write(Workspace& workspace, const CustomerQuery& query,
                                const QString& path, const Progress& progress = {});
    // The same into a writer of the caller's (another encoding, shared strings); finished here.
    static Result<qint64> write(Workspace& workspace, const CustomerQuery& query,
                                TableWriter& writer, const QString& path,
                                const Progress& progress = {});
};

} // namespace luotsi::core::importing

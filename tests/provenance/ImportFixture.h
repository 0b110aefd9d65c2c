#pragma once

// A small subscriber file and its mapping, imported with the real ImportRunner: the provenance
// tests need batches whose rows create and update customers.

#include "core/Workspace.h"
#include "core/importing/ImportRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace luotsi::test {

inline core::importing::ColumnMapping subscriberMapping(const QString& sourceSystem)
{
    using core::importing::TargetField;
    core::importing::ColumnMapping m;
    m.sourceSystem = sourceSystem;
    m.headerRow = 1;
    const QList<QPair<QString, TargetField>> columns{
        {QStringLiteral("Asiakasnro"), TargetField::SourceKey},
        {QStringLiteral("Nimi"), TargetField::Name},
        {QStringLiteral("Y-tunnus"), TargetField::BusinessId},
        {QStringLiteral("Osoite"), TargetField::CombinedAddress},
        {QStringLiteral("Puhelin"), TargetField::Phone},
        {QStringLiteral("Sähköposti"), TargetField::Email}};
    for (qsizetype i = 0; i < columns.size(); ++i)
        m.columns.append({int(i), columns.at(i).first, columns.at(i).second, {}});
    return m;
}

// Writes rows (after the header) to name in dir and imports them as one batch of sourceSystem.
inline core::Result<core::importing::ImportReport>
importRows(core::Workspace& workspace, const QTemporaryDir& dir, const QString& name,
           const QString& sourceSystem, const QByteArray& rows, bool dryRun = false,
           const core::importing::ImportRunner::Progress& progress = {})
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Asiakasnro;Nimi;Y-tunnus;Osoite;Puhelin;Sähköposti\r\n" + rows);
    file.close();
    core::importing::ImportOptions options;
    options.filePath = path;
    options.mapping = subscriberMapping(sourceSystem);
    options.dryRun = dryRun;
    return core::importing::ImportRunner(workspace).run(options, progress);
}

} // namespace luotsi::test

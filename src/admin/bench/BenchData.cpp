#include "BenchData.h"

#include "Workloads.h"
#include "core/Workspace.h"
#include "core/demo/DemoRegisterBuilder.h"
#include "core/importing/RegisterExport.h"
#include "core/importing/writers/CsvTableWriter.h"
#include "core/importing/writers/XlsxTableWriter.h"
#include "core/register/CustomerService.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTextStream>

namespace luotsi::admin::bench {

using namespace luotsi::core;
using namespace luotsi::core::importing;

namespace {

// Moves a finished temporary file into place.
Status putInPlace(const QString& temporary, const QString& path)
{
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return Error{QCoreApplication::translate("luotsi-admin",
                                                 "Cannot move the finished file into place."),
                     path};
    return {};
}

} // namespace

BenchData::BenchData(QString folder, qint64 scale, quint32 seed)
    : m_folder(QDir(folder).filePath(QStringLiteral("n%1-seed%2").arg(scale).arg(seed)))
    , m_scale(scale)
    , m_seed(seed)
{}

QString BenchData::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("luotsi-bench"));
}

QString BenchData::registerPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("register.sqlite"));
}

QString BenchData::xlsxPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("customers.xlsx"));
}

QString BenchData::csvPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("customers.csv"));
}

QString BenchData::utf8CsvPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("customers-utf8.csv"));
}

QString BenchData::emptyRegisterPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("empty.sqlite"));
}

QString BenchData::prefixesPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("prefixes.txt"));
}

QString BenchData::cardIdsPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("card-ids.txt"));
}

QString BenchData::scratchPath(const QString& name) const
{
    return QDir(m_folder).filePath(QStringLiteral("scratch/") + name);
}

qint64 BenchData::longHistoryCustomers() const
{
    return std::min(m_scale, std::max<qint64>(20, m_scale / 1000));
}

int BenchData::columns()
{
    return int(RegisterExport::headers().size());
}

Status BenchData::prepare(Console& console)
{
    if (!QDir().mkpath(m_folder))
        return Error{
            QCoreApplication::translate("luotsi-admin", "Cannot make the bench's data folder."),
            m_folder};
    if (!QFileInfo::exists(registerPath())) {
        if (auto status = makeRegister(console); !status)
            return status;
    }
    if (!QFileInfo::exists(xlsxPath()) || !QFileInfo::exists(utf8CsvPath())) {
        if (auto status = makeFiles(console); !status)
            return status;
    }
    // Registers made by an older build are brought to this build's schema now, so that no
    // measured run includes a migration.
    for (const QString& path : {registerPath(), emptyRegisterPath()}) {
        if (!QFileInfo::exists(path))
            continue;
        auto workspace = Workspace::open(path, Workspace::systemLogin(), Workspace::systemLogin());
        if (!workspace)
            return workspace.error();
    }
    if (!QFileInfo::exists(prefixesPath()) || !QFileInfo::exists(cardIdsPath())) {
        if (auto status = makeSamples(); !status)
            return status;
    }
    if (!QFileInfo::exists(emptyRegisterPath())) {
        const QString temporary = emptyRegisterPath() + QStringLiteral(".part");
        QFile::remove(temporary);
        {
            auto workspace =
                Workspace::open(temporary, Workspace::systemLogin(), Workspace::systemLogin());
            if (!workspace)
                return workspace.error();
        }
        if (auto status = putInPlace(temporary, emptyRegisterPath()); !status)
            return status;
    }
    if (!QDir().mkpath(scratchPath({})))
        return Error{
            QCoreApplication::translate("luotsi-admin", "Cannot make the bench's scratch folder."),
            scratchPath({})};
    return {};
}

Status BenchData::makeRegister(Console& console)
{
    const QString temporary = registerPath() + QStringLiteral(".part");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(temporary + suffix);
    console.err << QCoreApplication::translate(
                       "luotsi-admin",
                       "Generating a register of %1 customers with 12 months of sales (seed %2)…")
                       .arg(m_scale)
                       .arg(m_seed)
                << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    DemoRegisterBuilder builder(temporary, m_seed);
    builder.setSalesMonths(12);
    // A bench's segment run is a first run, as after a conversion.
    builder.setSegment(false);
    qint64 lastShown = 0;
    const Status status = builder.run(m_scale, [&](qint64 done, qint64 total) {
        if (done - lastShown >= 100000 || done == total) {
            console.err << QStringLiteral("  %1 / %2").arg(done).arg(total) << Qt::endl;
            lastShown = done;
        }
        return true;
    });
    if (!status)
        return status;
    if (auto status = addLongHistories(temporary, console); !status)
        return status;
    console.err << QCoreApplication::translate("luotsi-admin", "  done in %1 s")
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
    // The register is complete only once the write-ahead log is folded in: close, then rename.
    return putInPlace(temporary, registerPath());
}

Status BenchData::addLongHistories(const QString& path, Console& console)
{
    auto workspace = Workspace::open(path, Workspace::systemLogin(), Workspace::systemLogin());
    if (!workspace)
        return workspace.error();
    CustomerService& customers = (*workspace)->customers();
    const qint64 count = longHistoryCustomers();
    console.err << QCoreApplication::translate("luotsi-admin",
                                               "Giving %1 customers a long history…")
                       .arg(count)
                << Qt::endl;
    static const TimelineKind kinds[] = {TimelineKind::Note, TimelineKind::Call,
                                         TimelineKind::Meeting, TimelineKind::Email};
    const QDateTime start(QDate(2016, 1, 4), QTime(9, 0), Qt::UTC);
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = 1 + i * (m_scale / count);
        storage::TransactionGuard transaction((*workspace)->database().connection());
        if (!transaction.isActive())
            return transaction.beginError();
        for (int n = 0; n < 1000; ++n) {
            TimelineEntry entry;
            entry.customerId = id;
            entry.kind = kinds[n % 4];
            entry.occurredAt = start.addSecs(qint64(n) * 3 * 86400 + (n % 7) * 3600);
            entry.subject = QCoreApplication::translate("luotsi-admin", "Follow-up %1").arg(n + 1);
            entry.body = QCoreApplication::translate(
                "luotsi-admin", "Discussed the account plan, deliveries and next quarter's needs.");
            if (auto added = customers.addTimelineEntry(entry); !added)
                return added.error();
        }
        auto loaded = customers.load(id);
        if (!loaded)
            return loaded.error();
        Customer customer = *loaded;
        for (int n = 0; n < 50; ++n) {
            customer.notes = QCoreApplication::translate(
                                 "luotsi-admin", "Account review %1: terms and contacts checked.")
                                 .arg(n + 1);
            auto saved = customers.save(customer);
            if (!saved)
                return saved.error();
            customer = *saved;
        }
        if (auto status = transaction.commit(); !status)
            return status;
    }
    return {};
}

Status BenchData::makeSamples()
{
    auto workspace =
        Workspace::open(registerPath(), Workspace::systemLogin(), Workspace::systemLogin());
    if (!workspace)
        return workspace.error();
    auto prefixes = workloads::searchPrefixes(**workspace, 200);
    if (!prefixes)
        return prefixes.error();
    auto ids = workloads::cardCustomers(**workspace, 200);
    if (!ids)
        return ids.error();
    QStringList idTexts;
    for (qint64 id : std::as_const(*ids))
        idTexts.append(QString::number(id));
    for (const auto& [path, lines] :
         {std::pair{prefixesPath(), *prefixes}, std::pair{cardIdsPath(), idTexts}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{QCoreApplication::translate("luotsi-admin", "Cannot write: %1")
                             .arg(file.errorString()),
                         path};
        file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
    return {};
}

Status BenchData::makeFiles(Console& console)
{
    auto workspace =
        Workspace::open(registerPath(), Workspace::systemLogin(), Workspace::systemLogin());
    if (!workspace)
        return workspace.error();
    QElapsedTimer timer;
    timer.start();
    console.err << QCoreApplication::translate(
                       "luotsi-admin",
                       "Writing the customers as .xlsx with shared strings and as a Windows-1252 "
                       "CSV…")
                << Qt::endl;
    const QString xlsxTemporary = xlsxPath() + QStringLiteral(".part.xlsx");
    XlsxTableWriter xlsx(xlsxTemporary, XlsxTableWriter::Strings::Shared);
    if (auto written = RegisterExport::write(**workspace, {}, xlsx, xlsxTemporary); !written)
        return written.error();
    const QString csvTemporary = csvPath() + QStringLiteral(".part.csv");
    CsvTableWriter csv(csvTemporary, QLatin1Char(';'), QLatin1Char(','),
                       CsvTableWriter::Encoding::Windows1252);
    if (auto written = RegisterExport::write(**workspace, {}, csv, csvTemporary); !written)
        return written.error();
    if (auto status = putInPlace(xlsxTemporary, xlsxPath()); !status)
        return status;
    if (auto status = putInPlace(csvTemporary, csvPath()); !status)
        return status;
    // The sqlite3 shell stores bytes as they come: its floor reads the same rows in UTF-8.
    QFile in(csvPath());
    QFile out(utf8CsvPath() + QStringLiteral(".part"));
    if (!in.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("luotsi-admin", "Cannot read: %1").arg(in.errorString()),
            csvPath()};
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{
            QCoreApplication::translate("luotsi-admin", "Cannot write: %1").arg(out.errorString()),
            out.fileName()};
    QStringDecoder decoder("windows-1252");
    while (!in.atEnd()) {
        const QString text = decoder.decode(in.read(1 << 20));
        if (out.write(text.toUtf8()) < 0)
            return Error{QCoreApplication::translate("luotsi-admin", "Cannot write: %1")
                             .arg(out.errorString()),
                         out.fileName()};
    }
    out.close();
    console.err << QCoreApplication::translate("luotsi-admin", "  done in %1 s")
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
    return putInPlace(out.fileName(), utf8CsvPath());
}

} // namespace luotsi::admin::bench

#include "DemoRegisterBuilder.h"

#include "core/matching/BlockingKeys.h"
#include "core/matching/PreparedRecord.h"
#include "core/register/CustomerMatchRecord.h"

#include "DemoDataGenerator.h"
#include "DemoDirectory.h"
#include "DemoSegmentation.h"
#include "DuplicateInjector.h"
#include "core/Workspace.h"
#include "core/register/CustomerQuery.h"
#include "core/register/CustomerService.h"
#include "core/register/PostalCodeTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDemo, "luotsi.demo.builder", QtWarningMsg)

namespace luotsi::core {

namespace {

// User-visible texts of this file, in the "DemoRegisterBuilder" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegisterBuilder)
};

} // namespace

DemoRegisterBuilder::DemoRegisterBuilder(QString path, quint32 seed)
    : m_path(std::move(path))
    , m_seed(seed)
{}

Status DemoRegisterBuilder::build(const QString& path, qint64 customers, quint32 seed,
                                  const Progress& progress)
{
    return DemoRegisterBuilder(path, seed).run(customers, progress);
}

Status DemoRegisterBuilder::run(qint64 customers, const Progress& progress)
{
    m_totals = {};
    m_salesTotals = {};
    if (customers <= 0)
        return Error{Texts::tr("The number of customers to generate must be positive."), m_path};
    const PostalCodeTable& postalCodes = PostalCodeTable::builtIn();
    if (postalCodes.isEmpty())
        return Error{
            Texts::tr("The built-in postal code table is missing; the program is damaged."),
            m_path};

    auto workspace = Workspace::open(m_path, Workspace::systemLogin(), Workspace::systemLogin());
    if (!workspace)
        return workspace.error();
    storage::Database& database = (*workspace)->database();
    auto directory = DemoDirectory::ensure(database);
    if (!directory)
        return directory.error();
    // Sequences continue after customers already in the register, so that a second run keeps
    // source keys and customer numbers unique.
    auto existing = (*workspace)->customers().count(CustomerQuery{});
    if (!existing)
        return existing.error();

    DemoDataGenerator::Settings settings;
    settings.seed = m_seed;
    settings.groupCompanies = directory->groupCompanies;
    settings.accountManagerIds = directory->accountManagerIds;
    settings.today = QDate::currentDate();
    settings.firstSequence = *existing;
    DemoDataGenerator generator(settings, postalCodes);
    if (!generator.isValid())
        return Error{Texts::tr("The postal code table has no usable addresses."), m_path};

    // A large load into a small register is four times faster with one rebuild of the search
    // index at the end than with an update per customer (measured: 37 against 167 µs a
    // customer); a small load, the GUI's demo among them, keeps every batch searchable.
    const bool deferIndex = customers >= 10000 && *existing < 3 * customers;
    storage::BulkCustomerWriter writer(database, (*workspace)->searchIndex(),
                                       deferIndex
                                           ? storage::BulkCustomerWriter::IndexUpdate::Deferred
                                           : storage::BulkCustomerWriter::IndexUpdate::PerCustomer);
    const auto finish = [&writer, this](Status status) -> Status {
        m_totals = writer.totals();
        if (auto indexed = writer.finish(); !indexed) {
            qCWarning(lcDemo) << "search index not rebuilt:" << indexed.error().text();
            return status ? indexed
                          : Error{status.error().message + u' ' + indexed.error().message,
                                  status.error().where};
        }
        return status;
    };
    const int batchSize =
        m_batchSize > 0 ? m_batchSize : int(std::clamp<qint64>(customers / 50, 100, 5000));
    // Ids of the parish unions written in earlier batches, by sequence: their parishes may
    // follow in the next batch. One entry per union, a few thousand at most.
    QHash<qint64, qint64> unionIds;
    QList<storage::BulkCustomerWriter::Entry> batch;
    QList<qint64> sequences;
    // Per entry of the batch: the entry it is a second record of, or -1.
    QList<qsizetype> copyOf;
    demo::DuplicateInjector injector(quint64(m_seed) * 2654435761u + 17u);
    demo::DemoRandom duplicateDice(quint64(m_seed) + 0x5eed);
    // A copy per original with odds q makes the copies' share q / (1 + q).
    const double share = std::clamp(m_duplicateShare, 0.0, 0.5);
    const double copyOdds = share / (1.0 - share);
    QFile truth(m_truthPath);
    if (!m_truthPath.isEmpty()) {
        if (!truth.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return Error{Texts::tr("Cannot write the truth file: %1").arg(truth.errorString()),
                         m_truthPath};
        truth.write("customer_id,entity\n");
    }
    qint64 copies = 0;
    qint64 done = 0;
    qint64 firstId = 0; // of the customers this run writes
    while (done < customers) {
        batch.clear();
        sequences.clear();
        copyOf.clear();
        const qint64 size = std::min<qint64>(batchSize, customers - done);
        for (qint64 i = 0; i < size; ++i) {
            if (i > 0 && share > 0.0 && duplicateDice.chance(copyOdds)) {
                // A second record of one of the batch's earlier originals.
                qsizetype original = -1;
                while (original < 0 || copyOf.at(original) >= 0)
                    original = qsizetype(duplicateDice.below(quint64(i)));
                storage::BulkCustomerWriter::Entry entry{
                    injector.duplicateOf(batch.at(original).customer, ++copies), {}, -1, {}};
                entry.matchKeys = matching::BlockingKeys::keyStrings(
                    matching::PreparedRecord::prepare(matchRecordOf(entry.customer)));
                sequences.append(-1);
                copyOf.append(original);
                batch.append(std::move(entry));
                continue;
            }
            copyOf.append(-1);
            GeneratedCustomer generated = generator.next();
            storage::BulkCustomerWriter::Entry entry{
                std::move(generated.customer), std::move(generated.timeline), -1, {}};
            entry.matchKeys = matching::BlockingKeys::keyStrings(
                matching::PreparedRecord::prepare(matchRecordOf(entry.customer)));
            if (generated.parentSequence >= 0) {
                const qsizetype inBatch = sequences.indexOf(generated.parentSequence);
                if (inBatch >= 0)
                    entry.parentEntry = inBatch;
                else
                    entry.customer.parentId = unionIds.value(generated.parentSequence);
            }
            sequences.append(generated.sequence);
            batch.append(std::move(entry));
        }
        if (auto status = writer.write(batch); !status)
            return finish(status);
        if (firstId == 0 && !batch.isEmpty())
            firstId = batch.constFirst().customer.id;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (batch.at(i).customer.kind == CustomerKind::ParishUnion && sequences.at(i) >= 0)
                unionIds.insert(sequences.at(i), batch.at(i).customer.id);
        }
        if (truth.isOpen()) {
            QByteArray lines;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const qsizetype original = copyOf.at(i) >= 0 ? copyOf.at(i) : i;
                lines += QByteArray::number(batch.at(i).customer.id) + ',' +
                         QByteArray::number(batch.at(original).customer.id) + '\n';
            }
            if (truth.write(lines) != lines.size())
                return finish(
                    Error{Texts::tr("Cannot write the truth file: %1").arg(truth.errorString()),
                          m_truthPath});
        }
        done += size;
        m_totals = writer.totals();
        if (progress && !progress(done, customers) && done < customers) {
            qCInfo(lcDemo) << "cancelled after" << done << "of" << customers;
            return finish(
                Error{Texts::tr("Cancelled: %1 of %2 customers were written; the register is "
                                "usable.")
                          .arg(done)
                          .arg(customers),
                      m_path});
        }
    }
    if (auto status = finish({}); !status)
        return status;
    if (auto status = writeSales(database, firstId - 1); !status)
        return status;
    if (!m_segment || m_salesMonths <= 0)
        return {};
    return demo::segmentDemoRegister(**workspace, m_salesMonths);
}

Status DemoRegisterBuilder::replaceSales()
{
    m_totals = {};
    m_salesTotals = {};
    if (!QFileInfo::exists(m_path))
        return Error{Texts::tr("There is no register here to add sales to."), m_path};
    auto workspace = Workspace::open(m_path, Workspace::systemLogin(), Workspace::systemLogin());
    if (!workspace)
        return workspace.error();
    storage::Database& database = (*workspace)->database();
    if (auto status = storage::SalesFactRepository(database).removeAllFacts(); !status)
        return status;
    return writeSales(database, 0);
}

Status DemoRegisterBuilder::writeSales(storage::Database& database, qint64 afterId)
{
    if (m_salesMonths <= 0)
        return {};
    demo::SalesFactGenerator::Settings sales;
    sales.seed = m_seed;
    sales.months = m_salesMonths;
    auto written = demo::SalesFactGenerator::write(database, sales, afterId, m_salesProgress);
    if (!written)
        return written.error();
    m_salesTotals = *written;
    return {};
}

} // namespace luotsi::core

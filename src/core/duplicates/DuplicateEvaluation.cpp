#include "DuplicateEvaluation.h"

#include "core/Workspace.h"
#include "core/importing/ConversionEvaluation.h"
#include "core/storage/ImportBatchRepository.h"

#include <QCoreApplication>
#include <QFile>

#include <map>

namespace luotsi::core::duplicates {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateTruth)
};

qint64 pairsOf(qint64 n)
{
    return n * (n - 1) / 2;
}

// The smallest member of each customer's group: customers with one representative were found
// together.
QHash<qint64, qint64> representatives(const QList<DuplicateGroup>& groups)
{
    QHash<qint64, qint64> representative;
    for (const DuplicateGroup& group : groups) {
        if (group.customerIds.isEmpty())
            continue;
        const qint64 first = *std::min_element(group.customerIds.begin(), group.customerIds.end());
        for (qint64 id : group.customerIds)
            representative.insert(id, first);
    }
    return representative;
}

// Joins the pairs of a pair file into entities (the smallest id of each connected set).
QHash<qint64, QString> entitiesOfPairs(const QList<std::pair<qint64, qint64>>& pairs)
{
    QHash<qint64, qint64> parent;
    const auto find = [&parent](qint64 x) {
        while (parent.value(x, x) != x)
            x = parent.value(x, x);
        return x;
    };
    for (const auto& [a, b] : pairs) {
        const qint64 ra = find(a);
        const qint64 rb = find(b);
        parent.insert(a, parent.value(a, a));
        parent.insert(b, parent.value(b, b));
        if (ra != rb)
            parent.insert(std::max(ra, rb), std::min(ra, rb));
    }
    QHash<qint64, QString> entities;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it)
        entities.insert(it.key(), QString::number(find(it.key())));
    return entities;
}

} // namespace

double PairwiseQuality::precision() const
{
    return foundPairs == 0 ? 1.0 : double(correctPairs) / double(foundPairs);
}

double PairwiseQuality::recall() const
{
    return truePairs == 0 ? 1.0 : double(correctPairs) / double(truePairs);
}

double PairwiseQuality::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

Result<DuplicateTruth> DuplicateTruth::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Texts::tr("Cannot read the truth file: %1").arg(file.errorString()), path};
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    DuplicateTruth truth;
    truth.m_path = path;
    if (header.contains("file") && header.contains("entity_id")) {
        truth.m_conversion = true;
        return truth;
    }
    const int customerColumn = header.indexOf("customer_id");
    const int entityColumn = header.indexOf("entity");
    const int aColumn = header.indexOf("customer_a");
    const int bColumn = header.indexOf("customer_b");
    const bool entityForm = customerColumn >= 0 && entityColumn >= 0;
    if (!entityForm && (aColumn < 0 || bColumn < 0)) {
        return Error{Texts::tr("The truth file needs the columns customer_id and entity, "
                               "customer_a and customer_b, or file, sheet, row and entity_id."),
                     path};
    }
    QList<std::pair<qint64, qint64>> pairs;
    int lineNumber = 1;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        bool first = false;
        bool second = true;
        if (entityForm) {
            const qint64 id = fields.value(customerColumn).toLongLong(&first);
            const QString entity = QString::fromUtf8(fields.value(entityColumn)).trimmed();
            if (first && !entity.isEmpty())
                truth.m_entityOfCustomer.insert(id, entity);
        } else {
            pairs.append({fields.value(aColumn).toLongLong(&first),
                          fields.value(bColumn).toLongLong(&second)});
        }
        if (!first || !second)
            return Error{Texts::tr("Line %1 is not a truth row.").arg(lineNumber), path};
    }
    if (!entityForm)
        truth.m_entityOfCustomer = entitiesOfPairs(pairs);
    return truth;
}

Result<PairwiseQuality> DuplicateTruth::evaluate(Workspace& workspace,
                                                 const QList<DuplicateGroup>& groups) const
{
    if (!m_conversion)
        return evaluate(m_entityOfCustomer, groups);
    // File rows are the items: two rows are found together when the import took them to one
    // customer or the finder put their customers in one group.
    auto conversion = importing::ConversionTruth::load(m_path);
    if (!conversion)
        return conversion.error();
    auto lineage = storage::ImportBatchRepository(workspace.database()).lineageOfAppliedBatches();
    if (!lineage)
        return lineage.error();
    const QHash<qint64, qint64> representative = representatives(groups);
    QList<importing::RowLineage> rows = *lineage;
    for (importing::RowLineage& row : rows) {
        if (row.customerId != 0)
            row.customerId = representative.value(row.customerId, row.customerId);
    }
    const importing::ConversionEvaluation e = conversion->evaluate(rows);
    PairwiseQuality quality;
    quality.items = e.truthRows;
    quality.truePairs = e.truePairs;
    quality.foundPairs = e.joinedPairs;
    quality.correctPairs = e.correctPairs;
    return quality;
}

PairwiseQuality DuplicateTruth::evaluate(const QHash<qint64, QString>& entityOfCustomer,
                                         const QList<DuplicateGroup>& groups)
{
    const QHash<qint64, qint64> representative = representatives(groups);
    std::map<QString, qint64> perEntity;
    std::map<qint64, qint64> perGroup;
    std::map<std::pair<QString, qint64>, qint64> perBoth;
    for (auto it = entityOfCustomer.cbegin(); it != entityOfCustomer.cend(); ++it) {
        const qint64 group = representative.value(it.key(), it.key());
        ++perEntity[it.value()];
        ++perGroup[group];
        ++perBoth[{it.value(), group}];
    }
    PairwiseQuality quality;
    quality.items = entityOfCustomer.size();
    for (const auto& [entity, n] : perEntity)
        quality.truePairs += pairsOf(n);
    for (const auto& [group, n] : perGroup)
        quality.foundPairs += pairsOf(n);
    for (const auto& [key, n] : perBoth)
        quality.correctPairs += pairsOf(n);
    return quality;
}

} // namespace luotsi::core::duplicates

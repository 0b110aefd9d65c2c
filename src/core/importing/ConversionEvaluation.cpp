#include "ConversionEvaluation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ConversionTruth)
};

QString rowKey(const QString& file, const QString& sheet, int row)
{
    return file + QLatin1Char('\x1f') + sheet + QLatin1Char('\x1f') + QString::number(row);
}

qint64 pairs(qint64 n)
{
    return n * (n - 1) / 2;
}

} // namespace

double ConversionEvaluation::precision() const
{
    return joinedPairs == 0 ? 1.0 : double(correctPairs) / double(joinedPairs);
}

double ConversionEvaluation::recall() const
{
    return truePairs == 0 ? 1.0 : double(correctPairs) / double(truePairs);
}

double ConversionEvaluation::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

Result<ConversionTruth> ConversionTruth::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Texts::tr("Cannot read the truth file: %1").arg(file.errorString()), path};
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    const int fileColumn = header.indexOf("file");
    const int sheetColumn = header.indexOf("sheet");
    const int rowColumn = header.indexOf("row");
    const int entityColumn = header.indexOf("entity_id");
    if (fileColumn < 0 || sheetColumn < 0 || rowColumn < 0 || entityColumn < 0) {
        return Error{Texts::tr("The truth file needs the columns file, sheet, row and entity_id."),
                     path};
    }
    const int needed = std::max({fileColumn, sheetColumn, rowColumn, entityColumn});
    ConversionTruth truth;
    int lineNumber = 1;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        bool numeric = false;
        const int row = fields.value(rowColumn).toInt(&numeric);
        if (fields.size() <= needed || !numeric) {
            return Error{Texts::tr("Line %1 is not a truth row.").arg(lineNumber), path};
        }
        truth.m_rows.append({rowKey(QString::fromUtf8(fields.at(fileColumn)),
                                    QString::fromUtf8(fields.at(sheetColumn)), row),
                             QString::fromUtf8(fields.at(entityColumn))});
    }
    return truth;
}

ConversionEvaluation ConversionTruth::evaluate(const QList<RowLineage>& lineage) const
{
    QHash<QString, qint64> customerOf;
    for (const RowLineage& row : lineage) {
        if (row.customerId != 0)
            customerOf.insert(rowKey(row.fileName, row.sheet, row.rowNumber), row.customerId);
    }
    ConversionEvaluation e;
    QHash<QString, qint64> entitySizes;
    QHash<qint64, qint64> customerSizes;
    QHash<QPair<QString, qint64>, qint64> cellSizes;
    QHash<QString, QSet<qint64>> customersOfEntity;
    QHash<qint64, QSet<QString>> entitiesOfCustomer;
    for (const Row& row : m_rows) {
        const qint64 customer = customerOf.value(row.key);
        if (row.entity.isEmpty()) {
            if (customer != 0) {
                ++e.junkImported;
                ++customerSizes[customer];
            }
            continue;
        }
        ++e.truthRows;
        ++entitySizes[row.entity];
        if (customer == 0)
            continue;
        ++e.rowsImported;
        ++customerSizes[customer];
        ++cellSizes[{row.entity, customer}];
        customersOfEntity[row.entity].insert(customer);
        entitiesOfCustomer[customer].insert(row.entity);
    }
    for (qint64 n : std::as_const(entitySizes))
        e.truePairs += pairs(n);
    for (qint64 n : std::as_const(customerSizes))
        e.joinedPairs += pairs(n);
    for (qint64 n : std::as_const(cellSizes))
        e.correctPairs += pairs(n);
    e.entities = entitySizes.size();
    for (const QSet<qint64>& customers : std::as_const(customersOfEntity))
        e.entitiesSplit += customers.size() > 1 ? 1 : 0;
    for (const QSet<QString>& entities : std::as_const(entitiesOfCustomer))
        e.customersMixed += entities.size() > 1 ? 1 : 0;
    return e;
}

} // namespace luotsi::core::importing

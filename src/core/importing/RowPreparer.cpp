#include "RowPreparer.h"

#include "core/importing/RowCells.h"
#include "core/matching/BlockingKeys.h"
#include "core/register/CustomerMatchRecord.h"
#include "core/register/CustomerService.h"
#include "core/storage/MatchKeyHash.h"

#include <QCoreApplication>

namespace luotsi::core::importing {

using namespace luotsi::core::matching;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
};

QString findingsText(const CleaningFindings& findings, CleaningFinding::Level level)
{
    QStringList texts;
    for (const CleaningFinding& f : findings) {
        if (f.level == level)
            texts.append(f.message);
    }
    return texts.join(QStringLiteral("; "));
}

} // namespace

RowPreparer::RowPreparer(const ColumnMapping& mapping, DraftContext context)
    : m_mapping(mapping)
    , m_context(std::move(context))
    , m_mapper(mapping)
    , m_cleaner(mapping)
{}

PreparedRow RowPreparer::prepare(const SheetRow& row)
{
    PreparedRow prepared;
    prepared.rowNumber = row.number;
    prepared.cells = cellTexts(row);
    if (row.number <= m_mapping.headerRow) {
        prepared.isHeader = true;
        if (row.number == m_mapping.headerRow)
            m_headers = prepared.cells;
        return prepared;
    }

    const CleanRecord clean = m_cleaner.clean(m_mapper.map(row));
    prepared.findings = clean.findings;
    prepared.name = clean.name;
    prepared.sourceKey = clean.sourceKey;
    prepared.draft = draftOf(clean, m_mapping, m_context);
    if (!clean.junkReason.isEmpty() || prepared.draft.name.trimmed().isEmpty()) {
        prepared.rejectReason =
            clean.junkReason.isEmpty() ? Texts::tr("The row has no name.") : clean.junkReason;
        const QString rejected = findingsText(clean.findings, CleaningFinding::Level::Rejected);
        if (!rejected.isEmpty() && !prepared.rejectReason.contains(rejected))
            prepared.rejectReason += QStringLiteral("; ") + rejected;
        prepared.rejectedCells = cellsJson(m_headers, prepared.cells);
        return prepared;
    }

    prepared.record = PreparedRecord::prepare(matchRecordOf(prepared.draft));
    for (const BlockingKey& key : BlockingKeys::keysFor(prepared.record))
        (key.strong ? prepared.strongKeys : prepared.weakKeys)
            .append(storage::MatchKeyHash::of(key.key));
    if (auto created = CustomerService::prepare(prepared.draft); !created) {
        prepared.createError = created.error().message;
    } else {
        prepared.created = std::move(created).value();
        prepared.createdRecord = PreparedRecord::prepare(matchRecordOf(prepared.created));
        for (const QString& key : BlockingKeys::keyStrings(prepared.createdRecord))
            prepared.createdKeys.append(storage::MatchKeyHash::of(key));
    }
    return prepared;
}

} // namespace luotsi::core::importing

#pragma once

#include "core/importing/ImportDraft.h"
#include "core/importing/PreparedRow.h"
#include "core/importing/cleaning/RecordCleaner.h"
#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/mapping/RecordMapper.h"
#include "core/importing/readers/SheetCell.h"

namespace luotsi::core::importing {

// Turns sheet rows into PreparedRow: maps, cleans, drafts, normalises, validates and prepares
// the matching record and keys. Needs no database, so it runs on the import's reading thread;
// one object per thread (it remembers the header row it has seen).
class RowPreparer final
{
public:
    RowPreparer(const ColumnMapping& mapping, DraftContext context);

    PreparedRow prepare(const SheetRow& row);
    const QStringList& headers() const { return m_headers; }

private:
    ColumnMapping m_mapping;
    DraftContext m_context;
    RecordMapper m_mapper;
    RecordCleaner m_cleaner;
    QStringList m_headers;
};

} // namespace luotsi::core::importing

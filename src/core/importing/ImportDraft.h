#pragma once

#include "core/importing/cleaning/CleanRecord.h"
#include "core/importing/mapping/ColumnMapping.h"
#include "core/register/Customer.h"

namespace luotsi::core::importing {

// What every draft of one batch shares.
struct DraftContext
{
    QString sourceSystem;
    qint64 batchId = 0;
    qint64 groupCompanyId = 0; // the relationship the rows create, or 0
};

// The customer a cleaned row describes, ready to be created or merged: its address, phones,
// e-mails and web site, its contact person, its key in the source system (remembering the
// batch) and, for a relationship target, its customer number with the group company.
Customer draftOf(const CleanRecord& record, const ColumnMapping& mapping,
                 const DraftContext& context);

} // namespace luotsi::core::importing

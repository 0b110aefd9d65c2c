#pragma once

#include "core/importing/cleaning/AddressCleaner.h"
#include "core/importing/cleaning/CleanRecord.h"
#include "core/importing/mapping/ColumnMapping.h"
#include "core/importing/mapping/RawRecord.h"

namespace luotsi::core::importing {

// Turns mapped rows into clean ones: every rule of the conversion in one place, each repair
// and each doubt written down as a finding. Junk rows get a junkReason and are not cleaned
// further. Holds no state between rows: one cleaner serves a whole import.
//
// Kind: a Kind column or constant wins; then a row of person names without an organisation
// is a Person; then the name's legal form or noun ("seurakuntayhtymä", "srky" → ParishUnion,
// "seurakunta", "srk" → Parish, "ry", "r.y." → Association, "Oy" → Company); then a name that
// reads as a person's ("Virtanen Matti") is a Person; anything else is a Company.
class RecordCleaner final
{
public:
    // The mapping supplies the usual order of one-cell person names (Sukunimi Etunimi).
    explicit RecordCleaner(const ColumnMapping& mapping,
                           const PlaceIndex& places = PlaceIndex::builtIn());

    CleanRecord clean(const RawRecord& record) const;

private:
    void cleanIdentity(const RawRecord& raw, CleanRecord& clean) const;
    void cleanContact(const RawRecord& raw, CleanRecord& clean) const;
    void cleanDates(const RawRecord& raw, CleanRecord& clean) const;
    void cleanOther(const RawRecord& raw, CleanRecord& clean) const;

    PersonNameOrder m_personNameOrder;
    AddressCleaner m_addresses;
};

} // namespace luotsi::core::importing

#pragma once

#include "core/importing/cleaning/CleaningFinding.h"

#include <QString>

namespace luotsi::core::importing {

// Organisation names as the register keeps them: spaces trimmed and collapsed; legal forms in
// one spelling ("OY", "oy", "Oy." → "Oy"; "T:mi" → "Tmi"; "R.Y." → "ry"); the abbreviations
// of church and office names written out ("srk" → "seurakunta", "srky" / "srk-yhtymä" →
// "seurakuntayhtymä", "Ins.tsto" → "Insinööritoimisto", "Toiminimi X" → "Tmi X"); names typed
// in ALL CAPS or all lower case title-cased the Finnish way ("JYVÄSKYLÄN SEURAKUNTA" →
// "Jyväskylän seurakunta"), with the common nouns after the first word in lower case.
class NameCleaner final
{
public:
    static QString clean(const QString& name, CleaningFindings& findings,
                         TargetField field = TargetField::Name);
    // Title case of a single-case name, without findings.
    static QString titleCase(const QString& name);
};

} // namespace luotsi::core::importing

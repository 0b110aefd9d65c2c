#pragma once

#include "MatchRecord.h"
#include "PreparedRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace luotsi::core::matching {

// One blocking key of a record. Strong keys (business ID, phone, e-mail) identify a customer
// by themselves; weak keys (name parts in a municipality, the whole name) gather look-alikes
// too and may be skipped when their block grows past MatchSettings::maxBlockSize.
struct BlockingKey
{
    QString key;
    bool strong = false;

    bool operator==(const BlockingKey&) const = default;
};

// The keys under which a record is filed so that candidates are looked up by key instead of
// comparing all pairs. Two records of the same customer share at least one key despite typos,
// swapped names, a legal form moved or missing, a missing business ID, phone or e-mail, and a
// stale address in the same municipality; a weak key's block stays small on a register of a
// million customers because it combines two name parts with the municipality.
//
// Keys are plain strings with a kind prefix, ready for an indexed table:
//   b:<business ID>          strong   "b:1100859-3"
//   p:<phone>                strong   national significant number: "p:401234567"
//   e:<e-mail>               strong   "e:info@firma.fi"
//   d:<mail domain>          weak     the organisation's own domain, not a provider's
//   n:<municipality>:<a>+<b> weak     first (and last) three letters of two distinctive name
//                                      words, in sorted order: "n:porvoo:aij+kir"
//   n:<municipality>:<a>+<x~y> weak   a word's start with the first and last letter of a short
//                                      (3–5 letters) word, which one typo can spoil entirely
//   n:<municipality>:<a>     weak     start and end for names with one distinctive word
//   f:<sorted words>         weak     the whole normalised name, for a record in another or
//                                      no municipality: "f:aijala kirjapaino"
// Stateless, thread-safe; a few microseconds per record.
class BlockingKeys final
{
public:
    static QList<BlockingKey> keysFor(const MatchRecord& record);
    static QList<BlockingKey> keysFor(const PreparedRecord& record);
    // The keys as strings (for the storage layer's key table).
    static QStringList keyStrings(const PreparedRecord& record);
    // Whether a key string is a strong one (by its prefix).
    static bool isStrong(QStringView key);
    // Words too common in names to block on: "seurakunta", "ja", "co"...
    static bool isGenericWord(const QString& foldedWord);
};

} // namespace luotsi::core::matching

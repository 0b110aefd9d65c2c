#pragma once

#include <QString>
#include <QStringList>

namespace luotsi::core::matching {

// Person names for matching: files write "Sami Tuominen", "Tuominen Sami", "TUOMINEN SAMI" or
// "S. Tuominen", and put first and last names in the wrong columns.
class PersonName final
{
public:
    // The order-insensitive key: folded words sorted, space separated ("sami tuominen").
    static QString key(QStringView name);
    // The folded words of the key, sorted.
    static QStringList sortedWords(QStringView name);
    // Whether two names can be the same person: equal keys, or the same words where one
    // side gives initials only ("S. Tuominen" = "Sami Tuominen"), in any order. A
    // one-character typo in a word of five or more letters is tolerated.
    static bool samePerson(QStringView a, QStringView b);
    static bool samePerson(const QStringList& sortedWordsA, const QStringList& sortedWordsB);
};

} // namespace luotsi::core::matching

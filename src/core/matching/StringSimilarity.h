#pragma once

#include <QString>
#include <QStringList>

namespace luotsi::core::matching {

// How two lists of words overlap when a word may carry a typo.
struct TokenOverlap
{
    int exact = 0;   // words equal in both
    int typo = 0;    // words paired at one edit (both at least minTypoLength long)
    int onlyInA = 0; // words of a left without a partner
    int onlyInB = 0;
    QStringList restA; // those words, in a's order
    QStringList restB;

    int matched() const { return exact + typo; }
    // Dice coefficient over the paired words: 1 when every word has a partner.
    double similarity() const;
};

// String similarity measures for folded text (see TextFolding). All are symmetric.
class StringSimilarity final
{
public:
    // Optimal string alignment distance (Damerau–Levenshtein where a transposed pair counts as
    // one edit), or maxDistance + 1 as soon as it is known to exceed maxDistance.
    static int damerauLevenshtein(QStringView a, QStringView b, int maxDistance = 1000);
    // Jaro–Winkler similarity in 0..1 (prefix scale 0.1, prefix up to four characters).
    static double jaroWinkler(QStringView a, QStringView b);
    // Pairs words equal first, then words one edit apart (both words at least minTypoLength
    // characters: "lasi"/"laso" is a typo, "oy"/"ky" is not).
    static TokenOverlap tokenOverlap(const QStringList& a, const QStringList& b,
                                     int minTypoLength = 4);
};

} // namespace luotsi::core::matching

#include "StringSimilarity.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace luotsi::core::matching {

double TokenOverlap::similarity() const
{
    const int total = 2 * matched() + onlyInA + onlyInB;
    return total == 0 ? 1.0 : 2.0 * matched() / total;
}

int StringSimilarity::damerauLevenshtein(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > maxDistance)
        return maxDistance + 1;
    if (n == 0 || m == 0)
        return int(std::max(n, m));
    // Three rolling rows (the transposition looks two rows back), on the stack for the short
    // words this runs on millions of times.
    constexpr qsizetype stackColumns = 64;
    std::array<int, 3 * stackColumns> stackRows;
    std::vector<int> heapRows;
    int* rows = stackRows.data();
    if (m + 1 > stackColumns) {
        heapRows.resize(3 * (m + 1));
        rows = heapRows.data();
    }
    int* twoBack = rows;
    int* previous = rows + (m + 1);
    int* current = rows + 2 * (m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, twoBack[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > maxDistance)
            return maxDistance + 1;
        int* recycled = twoBack;
        twoBack = previous;
        previous = current;
        current = recycled;
    }
    return std::min(previous[m], maxDistance + 1);
}

double StringSimilarity::jaroWinkler(QStringView a, QStringView b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(a.size(), b.size()) / 2 - 1);
    std::vector<bool> aMatched(a.size()), bMatched(b.size());
    int matches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(b.size() - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!bMatched[j] && a[i] == b[j]) {
                aMatched[i] = bMatched[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    int halfTranspositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!aMatched[i])
            continue;
        while (!bMatched[k])
            ++k;
        if (a[i] != b[k])
            ++halfTranspositions;
        ++k;
    }
    const double m = matches;
    const double jaro = (m / a.size() + m / b.size() + (m - halfTranspositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

TokenOverlap StringSimilarity::tokenOverlap(const QStringList& a, const QStringList& b,
                                            int minTypoLength)
{
    TokenOverlap result;
    std::vector<bool> aUsed(a.size()), bUsed(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        for (qsizetype j = 0; j < b.size(); ++j) {
            if (!bUsed[j] && a.at(i) == b.at(j)) {
                aUsed[i] = bUsed[j] = true;
                ++result.exact;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (aUsed[i] || a.at(i).size() < minTypoLength)
            continue;
        for (qsizetype j = 0; j < b.size(); ++j) {
            if (bUsed[j] || b.at(j).size() < minTypoLength)
                continue;
            if (damerauLevenshtein(a.at(i), b.at(j), 1) <= 1) {
                aUsed[i] = bUsed[j] = true;
                ++result.typo;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!aUsed[i])
            result.restA.append(a.at(i));
    }
    for (qsizetype j = 0; j < b.size(); ++j) {
        if (!bUsed[j])
            result.restB.append(b.at(j));
    }
    result.onlyInA = int(result.restA.size());
    result.onlyInB = int(result.restB.size());
    return result;
}

} // namespace luotsi::core::matching

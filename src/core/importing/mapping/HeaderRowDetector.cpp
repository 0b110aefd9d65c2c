#include "HeaderRowDetector.h"

#include "core/importing/mapping/HeaderVocabulary.h"

#include <QSet>

#include <algorithm>

namespace luotsi::core::importing {

namespace {

int nonEmptyCells(const SheetRow& row)
{
    int count = 0;
    for (const SheetCell& c : row.cells) {
        if (c.type != CellType::String || !c.text.trimmed().isEmpty())
            ++count;
    }
    return count;
}

// A cell that could be a column header: short text, not an email, amount or date.
bool headerLike(const SheetCell& cell)
{
    if (cell.type != CellType::String)
        return false;
    const QString text = cell.text.trimmed();
    if (text.isEmpty() || text.size() > 40 || text.contains(QLatin1Char('@')))
        return false;
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    // "Sales2007" is a header; "040 123 4567" and "00100" are not.
    return digits * 2 < text.size();
}

} // namespace

HeaderRowDetector::Guess HeaderRowDetector::detect(const QList<SheetRow>& rows)
{
    int widest = 0;
    for (const SheetRow& row : rows)
        widest = std::max(widest, nonEmptyCells(row));
    if (widest < 2)
        return {};

    Guess best;
    double bestScore = 0.0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SheetRow& row = rows.at(i);
        const int cells = nonEmptyCells(row);
        // A title merged over the columns has one cell; a header names most columns.
        if (cells < 2 || cells * 2 < widest)
            continue;
        int headerCells = 0;
        int known = 0;
        QSet<QString> distinct;
        for (const SheetCell& c : row.cells) {
            if (c.type == CellType::String && c.text.trimmed().isEmpty())
                continue;
            if (headerLike(c)) {
                ++headerCells;
                distinct.insert(c.text.trimmed().toCaseFolded());
                if (!HeaderVocabulary::candidates(c.text).isEmpty())
                    ++known;
            }
        }
        if (headerCells * 10 < cells * 8 || distinct.size() < headerCells)
            continue;
        // Data must follow: the next non-blank row fills a fair share of the columns.
        bool dataFollows = false;
        for (qsizetype j = i + 1; j < rows.size() && !dataFollows; ++j) {
            const int next = nonEmptyCells(rows.at(j));
            if (next == 0)
                continue;
            dataFollows = next * 3 >= cells;
            break;
        }
        const double knownShare = double(known) / double(cells);
        const double score =
            knownShare * 2.0 + double(cells) / double(widest) + (dataFollows ? 0.5 : 0.0);
        if (score > bestScore + 1e-9) {
            bestScore = score;
            best.row = row.number;
            best.confidence = std::min(1.0, 0.3 + knownShare * 0.6 + (dataFollows ? 0.1 : 0.0));
        }
    }
    return best;
}

} // namespace luotsi::core::importing

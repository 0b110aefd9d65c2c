#pragma once

#include <QStringView>

#include <cstdlib>

namespace luotsi::core::importing {

// Whether two words are at most one typing slip apart: one letter inserted, deleted, replaced,
// or two neighbours swapped ("seuraknta" / "seurakunta", "Leenz" / "Leena").
inline bool oneEditApart(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (std::abs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (i == la || i == lb)
        return true; // equal, or one extra letter at the end
    if (la == lb) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return true; // replaced
        return i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) &&
               a.mid(i + 2) == b.mid(i + 2); // swapped neighbours
    }
    return la > lb ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

} // namespace luotsi::core::importing

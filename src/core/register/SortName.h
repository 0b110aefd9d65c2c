#pragma once

#include <QString>

namespace luotsi::core {

// The key the register sorts names on, computed once when a customer is saved so that the
// database can page through a million names on a plain index, in any SQL dialect.
// Case-insensitive, and in Finnish alphabetical order: … x y z å ä ö.
class SortName final
{
public:
    static QString of(const QString& name);
};

} // namespace luotsi::core

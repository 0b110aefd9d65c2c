#pragma once

#include "core/Result.h"

#include <QString>

// The messages every reader shares, so that a password-protected or broken file reads the same
// whatever its format. `where` is the file (and sheet, row) the message is about.
namespace luotsi::core::importing::readerErrors {

Error passwordProtected(const QString& where);
Error notReadable(const QString& where, const QString& reason);
Error corrupt(const QString& where, const QString& detail);
Error tooLarge(const QString& where, const QString& part);

// "file.xlsx, sheet Asiakkaat, row 12" with the parts that are known.
QString location(const QString& file, const QString& sheet = {}, qint64 row = 0);

} // namespace luotsi::core::importing::readerErrors

#pragma once

#include "core/Result.h"
#include "core/importing/readers/WorkbookReader.h"

#include <QByteArrayView>
#include <QChar>
#include <QStringView>

// How a text table is written: its encoding and delimiter, detected the way a person would.
namespace luotsi::core::importing::csvDialect {

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;
    // Pure ASCII so far: UTF-8 and Windows-1252 read it alike, so the first non-ASCII bytes
    // decide later (see isUtf8()).
    bool undecided = false;
};

// From the first bytes of a file (atEnd: they are the whole file): a byte order mark; UTF-16
// without one by its pattern of NUL bytes; valid UTF-8; else Windows-1252. UTF-32 and binary
// files (images, PDFs, executables) are errors.
Result<EncodingGuess> detectEncoding(QByteArrayView head, bool atEnd);

// Whether bytes are valid UTF-8; a character cut off at the end counts as valid unless atEnd.
bool isUtf8(QByteArrayView bytes, bool atEnd);

// The delimiter among ';' ',' and tab that splits the sample's records (quotes respected) into
// the most consistent number of fields; ';' (what Finnish Excel writes) when none occurs.
// complete: the sample is the whole file, so its last record is not cut off.
QChar detectDelimiter(QStringView sample, bool complete);

} // namespace luotsi::core::importing::csvDialect

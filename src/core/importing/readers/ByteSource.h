#pragma once

#include "core/Result.h"

namespace luotsi::core::importing {

// Bytes read in pieces: a part of a zip being inflated, or another source read ahead of its
// reader on a thread of its own.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Up to size bytes into buffer: how many were read, 0 at the end, or an error that says why
    // the rest cannot be read (the source is then finished: a later read repeats nothing).
    virtual Result<qint64> read(char* buffer, qint64 size) = 0;
};

} // namespace luotsi::core::importing

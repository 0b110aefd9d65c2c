#pragma once

#include <QString>

namespace luotsi::core {

// Who is behind the writes a CustomerService makes: an import batch of a source system. Without
// one (std::nullopt) the writes are the signed-in user's own edits.
struct ChangeOrigin
{
    QString sourceSystem;
    qint64 batchId = 0;

    bool operator==(const ChangeOrigin&) const = default;
};

} // namespace luotsi::core

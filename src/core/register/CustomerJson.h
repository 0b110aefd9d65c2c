#pragma once

#include "Customer.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace luotsi::core {

// The whole customer aggregate, ids included, as JSON: how an import batch remembers a record
// before and after it touched it, so that undo can restore it exactly.
class CustomerJson final
{
public:
    static QJsonObject toJson(const Customer& customer);
    static std::optional<Customer> fromJson(const QJsonObject& object);
    static QByteArray toBytes(const Customer& customer);
    static std::optional<Customer> fromBytes(const QByteArray& bytes);
    // A short fingerprint of the customer's data (not of the moment of its last save): equal
    // fingerprints, equal data. Lets a batch remember what it left without keeping a copy.
    static QByteArray fingerprint(const Customer& customer);
};

} // namespace luotsi::core

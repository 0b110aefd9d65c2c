#pragma once

#include "core/provenance/FieldSource.h"
#include "core/register/Customer.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace luotsi::core::merging {

// A customer as a merge keeps it for undo: the aggregate as CustomerJson writes it (so that the
// stored text reads like any other customer JSON) plus its field_sources rows under
// "fieldSources".
struct MergeSnapshot
{
    Customer customer;
    QList<FieldSource> sources;

    QByteArray toBytes() const;
    static std::optional<MergeSnapshot> fromBytes(const QByteArray& bytes);
};

} // namespace luotsi::core::merging

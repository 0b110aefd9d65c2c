#pragma once

#include "MergePlan.h"
#include "core/register/Customer.h"

#include <QList>

namespace luotsi::core::merging {

// Builds the merged survivor from the survivor and its members, without touching the database.
// Scalar fields come from the customer the plan names; child lists are the union of all records:
// the survivor's own rows keep their ids, rows taken from members have id 0 (new rows), and a
// member's row equal to one already there (same normalised value) is dropped after lending it
// any detail the kept one lacks. One relationship per group company: the survivor's, else the
// member's that began first. An address field chosen from a member puts that member's addresses
// of the kind first, so that they become the main ones.
class MergeBuilder final
{
public:
    // members in the plan's order.
    static Customer build(const Customer& survivor, const QList<Customer>& members,
                          const MergePlan& plan);

    // The keys that decide whether two rows are equal.
    static QString keyOf(const Contact& contact);
    static QString keyOf(const ContactChannel& channel);
    static QString keyOf(const Address& address);
};

} // namespace luotsi::core::merging

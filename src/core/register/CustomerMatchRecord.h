#pragma once

#include "Customer.h"
#include "core/matching/MatchRecord.h"

namespace luotsi::core {

// What the matching engine compares of a customer of the register: its name, business ID,
// main address, phones and e-mails (its own and its contacts') and first contact person.
matching::MatchRecord matchRecordOf(const Customer& customer);

} // namespace luotsi::core

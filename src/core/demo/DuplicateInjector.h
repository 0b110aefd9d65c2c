#pragma once

#include "DemoRandom.h"
#include "core/register/Customer.h"

namespace luotsi::core::demo {

// Makes a second record of a customer the way legacy systems made them: the same customer typed
// again in another group company's system, with one to three of the usual differences — a typo
// in the name, the name in capitals or lower case, the legal form moved to the other end or
// left out, a person's names the other way round, the phone in national form, no business ID, no
// e-mail, no contact person. The copy has only its own source key (of another system), no
// history and no hierarchy. For `luotsi-admin generate --duplicate-share`, whose truth file
// then says which records are one customer.
class DuplicateInjector final
{
public:
    explicit DuplicateInjector(quint64 seed);

    Customer duplicateOf(const Customer& original, qint64 sequence);

private:
    QString withTypo(const QString& name);
    QString withLegalFormMoved(const QString& name);

    DemoRandom m_random;
};

} // namespace luotsi::core::demo

#include "RuleEditorChoices.h"

#include "core/register/CustomerService.h"

namespace luotsi::gui {

RuleEditorChoices RuleEditorChoices::read(core::CustomerService& customers)
{
    RuleEditorChoices choices;
    for (const core::GroupCompany& company : customers.groupCompanies().value_or({}))
        choices.companies.append(
            {company.code, company.code + QStringLiteral(" — ") + company.name});
    for (const core::User& user : customers.users().value_or({})) {
        const QString name = user.displayName.isEmpty() ? user.login
                                                        : user.displayName + QStringLiteral(" (") +
                                                              user.login + QLatin1Char(')');
        // Former account managers stay choosable: old rules may name them.
        choices.owners.append({user.login, user.active ? name : tr("%1, inactive").arg(name)});
    }
    return choices;
}

} // namespace luotsi::gui

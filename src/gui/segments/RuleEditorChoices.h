#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace luotsi::core {
class CustomerService;
}

namespace luotsi::gui {

// The register's choices a rule editor offers beside the fixed kinds and statuses: the group
// companies (for "revenue from one company") and the account managers (for "owner"), each as
// (stored code, title).
struct RuleEditorChoices
{
    Q_DECLARE_TR_FUNCTIONS(RuleEditorChoices)

public:
    QList<std::pair<QString, QString>> companies; // code, "KP — Kirjapaino Oy"
    QList<std::pair<QString, QString>> owners;    // login, "Maija Myyjä (mmyyja)"

    // The group companies and users of the register; what cannot be read is left out.
    static RuleEditorChoices read(core::CustomerService& customers);
};

} // namespace luotsi::gui

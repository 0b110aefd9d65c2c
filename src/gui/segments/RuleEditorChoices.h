#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace luotsi::gui {

// The register's choices a rule editor offers beside the fixed kinds and statuses: the group
// companies (for "revenue from one company") and the account managers (for "owner"), each as
// (stored code, title). Read once per page from the customer service.
struct RuleEditorChoices
{
    QList<std::pair<QString, QString>> companies; // code, "KP — Kirjapaino Oy"
    QList<std::pair<QString, QString>> owners;    // login, "Maija Myyjä (mmyyja)"
};

} // namespace luotsi::gui

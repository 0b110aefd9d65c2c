#pragma once

#include "AdminCommand.h"

namespace luotsi::admin {

// luotsi-admin duplicates: runs the duplicate finder over the register (or a filtered part),
// stores the groups for the admins' review, writes them to a file and evaluates them against a
// truth file.
class DuplicatesCommand final : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace luotsi::admin

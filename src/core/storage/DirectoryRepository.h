#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/register/Customer.h"

namespace luotsi::storage {

// The register's reference lists: users (account managers, managers, admins) and the group's
// own companies.
class DirectoryRepository final
{
public:
    explicit DirectoryRepository(Database& database);

    core::Result<QList<core::User>> users();
    core::Result<core::User> userByLogin(const QString& login);
    core::Result<core::User> addUser(const core::User& user);
    // The user with this login, created on first use; the register's first user is its admin.
    core::Result<core::User> ensureUser(const QString& login, const QString& displayName);

    core::Result<QList<core::GroupCompany>> groupCompanies();
    core::Result<core::GroupCompany> addGroupCompany(const core::GroupCompany& company);

private:
    Database& m_database;
};

} // namespace luotsi::storage

#pragma once

#include "core/Result.h"
#include "core/register/Customer.h"

#include <QList>

namespace luotsi::storage {
class Database;
} // namespace luotsi::storage

namespace luotsi::core {

// The demo register's own organisation: the five companies of the invented Majakka group (a
// printing house, a publisher, a media house, a logistics company and a marketing agency, the
// kind of group DOMAIN.md describes) and the 25 people who work with its customers.
class DemoDirectory final
{
public:
    struct Stored
    {
        QList<GroupCompany> groupCompanies;
        QList<qint64> accountManagerIds;
    };

    static QList<GroupCompany> groupCompanies();
    // One admin, four managers and twenty account managers.
    static QList<User> users();

    // Adds the group companies (by code) and users (by login) the register lacks, in one
    // transaction, and returns them as stored.
    static Result<Stored> ensure(storage::Database& database);
};

} // namespace luotsi::core

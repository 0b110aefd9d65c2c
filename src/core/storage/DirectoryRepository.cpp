#include "DirectoryRepository.h"

#include "SqlStatement.h"
#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>

namespace luotsi::storage {

using namespace luotsi::core;

namespace {

// User-visible texts of this file, in the "DirectoryRepository" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryRepository)
};

User readUser(const SqlStatement& q)
{
    return User{
        q.value(0).toLongLong(),
        q.value(1).toString(),
        q.value(2).toString(),
        vocabulary::fromCode<UserRole>(q.value(3).toString()).value_or(UserRole::AccountManager),
        q.value(4).toString(),
        q.value(5).toBool()};
}

const QString userColumns = QStringLiteral("id, login, display_name, role, email, active");

} // namespace

DirectoryRepository::DirectoryRepository(Database& database)
    : m_database(database)
{}

Result<QList<User>> DirectoryRepository::users()
{
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM users ORDER BY display_name").arg(userColumns),
        Texts::tr("reading users"));
    if (auto status = query.exec(); !status)
        return status.error();
    QList<User> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

Result<User> DirectoryRepository::userByLogin(const QString& login)
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(userColumns),
                       Texts::tr("reading users"));
    if (auto status = query.exec({login}); !status)
        return status.error();
    if (!query.next())
        return Error{Texts::tr("No user with login \"%1\".").arg(login), {}};
    return readUser(query);
}

Result<User> DirectoryRepository::addUser(const User& user)
{
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO users (login, display_name, role, email, active) "
                       "VALUES (?, ?, ?, ?, ?)"),
        Texts::tr("adding a user"));
    if (auto status = insert.exec({user.login, user.displayName, vocabulary::code(user.role),
                                   user.email, user.active ? 1 : 0});
        !status)
        return status.error();
    User stored = user;
    stored.id = insert.lastInsertId();
    return stored;
}

Result<User> DirectoryRepository::ensureUser(const QString& login, const QString& displayName)
{
    if (auto existing = userByLogin(login))
        return existing;
    SqlStatement count(m_database.connection(), QStringLiteral("SELECT count(*) FROM users"),
                       Texts::tr("reading users"));
    if (auto status = count.exec(); !status)
        return status.error();
    const bool first = count.next() && count.value(0).toLongLong() == 0;
    count.finish();
    return addUser(
        {0, login, displayName, first ? UserRole::Admin : UserRole::AccountManager, {}, true});
}

Result<QList<GroupCompany>> DirectoryRepository::groupCompanies()
{
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id, code, name, business_area FROM group_companies "
                                      "ORDER BY name"),
                       Texts::tr("reading group companies"));
    if (auto status = query.exec(); !status)
        return status.error();
    QList<GroupCompany> companies;
    while (query.next()) {
        companies.append({query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString()});
    }
    return companies;
}

Result<GroupCompany> DirectoryRepository::addGroupCompany(const GroupCompany& company)
{
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO group_companies (code, name, business_area) "
                                       "VALUES (?, ?, ?)"),
                        Texts::tr("adding a group company"));
    if (auto status = insert.exec({company.code, company.name, company.businessArea}); !status)
        return status.error();
    GroupCompany stored = company;
    stored.id = insert.lastInsertId();
    return stored;
}

} // namespace luotsi::storage

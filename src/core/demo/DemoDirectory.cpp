#include "DemoDirectory.h"

#include "FinnishInflection.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/TransactionGuard.h"

#include <QStringList>

#include <algorithm>

namespace luotsi::core {

QList<GroupCompany> DemoDirectory::groupCompanies()
{
    return {
        {0, QStringLiteral("PAINO"), QStringLiteral("Majakka Paino Oy"),
         QStringLiteral("Painotuotteet")},
        {0, QStringLiteral("KUSTANNUS"), QStringLiteral("Majakka Kustannus Oy"),
         QStringLiteral("Kirjat ja kustannus")},
        {0, QStringLiteral("MEDIA"), QStringLiteral("Majakka Media Oy"),
         QStringLiteral("Lehdet ja ilmoitusmyynti")},
        {0, QStringLiteral("LOGISTIIKKA"), QStringLiteral("Majakka Logistiikka Oy"),
         QStringLiteral("Jakelu ja logistiikka")},
        {0, QStringLiteral("VIESTINTA"), QStringLiteral("Majakka Viestintä Oy"),
         QStringLiteral("Markkinointiviestintä")},
    };
}

QList<User> DemoDirectory::users()
{
    struct Person
    {
        QStringView name;
        UserRole role;
    };
    static constexpr Person people[] = {
        {u"Anneli Koskela", UserRole::Admin},
        {u"Markus Vuorela", UserRole::Manager},
        {u"Helena Rautio", UserRole::Manager},
        {u"Jukka Pesonen", UserRole::Manager},
        {u"Sanna Kivelä", UserRole::Manager},
        {u"Aino Lehtinen", UserRole::AccountManager},
        {u"Mikko Heinonen", UserRole::AccountManager},
        {u"Satu Kallio", UserRole::AccountManager},
        {u"Juha Rantala", UserRole::AccountManager},
        {u"Pirjo Saarela", UserRole::AccountManager},
        {u"Ville Ahonen", UserRole::AccountManager},
        {u"Kaisa Mattila", UserRole::AccountManager},
        {u"Antti Salmi", UserRole::AccountManager},
        {u"Tiina Koivisto", UserRole::AccountManager},
        {u"Petri Laaksonen", UserRole::AccountManager},
        {u"Johanna Nurmi", UserRole::AccountManager},
        {u"Timo Hakala", UserRole::AccountManager},
        {u"Laura Seppälä", UserRole::AccountManager},
        {u"Jari Hiltunen", UserRole::AccountManager},
        {u"Minna Korpela", UserRole::AccountManager},
        {u"Sami Lindqvist", UserRole::AccountManager},
        {u"Elina Vainio", UserRole::AccountManager},
        {u"Marko Tuominen", UserRole::AccountManager},
        {u"Heidi Aaltonen", UserRole::AccountManager},
        {u"Kristian Nyberg", UserRole::AccountManager},
    };
    QList<User> users;
    for (const Person& person : people) {
        // "Laura Seppälä" → laura.seppala, laura.seppala@majakka.fi
        QStringList parts;
        for (const QString& part : person.name.toString().split(QLatin1Char(' ')))
            parts.append(demo::FinnishInflection::asciiFold(part, u"-"));
        const QString handle = parts.join(QLatin1Char('.'));
        users.append({0, handle, person.name.toString(), person.role,
                      handle + QStringLiteral("@majakka.fi"), true});
    }
    return users;
}

Result<DemoDirectory::Stored> DemoDirectory::ensure(storage::Database& database)
{
    storage::DirectoryRepository directory(database);
    storage::TransactionGuard transaction(database.connection());
    if (!transaction.isActive())
        return transaction.beginError();

    auto companies = directory.groupCompanies();
    if (!companies)
        return companies.error();
    Stored stored;
    for (const GroupCompany& company : groupCompanies()) {
        const auto existing =
            std::find_if(companies->begin(), companies->end(),
                         [&](const GroupCompany& c) { return c.code == company.code; });
        if (existing != companies->end()) {
            stored.groupCompanies.append(*existing);
            continue;
        }
        auto added = directory.addGroupCompany(company);
        if (!added)
            return added.error();
        stored.groupCompanies.append(*added);
    }

    auto users = directory.users();
    if (!users)
        return users.error();
    for (const User& user : DemoDirectory::users()) {
        const auto existing = std::find_if(users->begin(), users->end(),
                                           [&](const User& u) { return u.login == user.login; });
        qint64 id = existing != users->end() ? existing->id : 0;
        if (id == 0) {
            auto added = directory.addUser(user);
            if (!added)
                return added.error();
            id = added->id;
        }
        if (user.role == UserRole::AccountManager)
            stored.accountManagerIds.append(id);
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return stored;
}

} // namespace luotsi::core

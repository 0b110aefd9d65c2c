#include "SalesFactResolver.h"

#include "core/register/BusinessId.h"
#include "core/storage/DirectoryRepository.h"
#include "core/storage/MatchKeyRepository.h"
#include "core/storage/SalesFactImportRepository.h"

#include <QCoreApplication>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactResolver)
};

// The answers kept; a file of a million rows names far fewer customers, and memory stays flat.
constexpr qsizetype cacheLimit = 500000;

QString normalizedName(const QString& text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

SalesFactResolver::SalesFactResolver(storage::Database& database, QString sourceSystem)
    : m_database(database)
    , m_sourceSystem(std::move(sourceSystem))
    , m_repository(std::make_unique<storage::SalesFactImportRepository>(database))
    , m_keys(std::make_unique<storage::MatchKeyRepository>(database))
{}

SalesFactResolver::~SalesFactResolver() = default;

Status SalesFactResolver::loadCompanies()
{
    auto companies = storage::DirectoryRepository(m_database).groupCompanies();
    if (!companies)
        return companies.error();
    m_companies = *companies;
    return {};
}

SalesFactResolver::Found SalesFactResolver::company(const QString& text) const
{
    const QString wanted = normalizedName(text);
    for (const GroupCompany& c : m_companies) {
        if (normalizedName(c.code) == wanted)
            return {c.id, c.name, QStringLiteral("code"), c.code, {}};
    }
    for (const GroupCompany& c : m_companies) {
        if (normalizedName(c.name) == wanted)
            return {c.id, c.name, QStringLiteral("name"), c.code, {}};
    }
    QStringList known;
    for (const GroupCompany& c : m_companies)
        known.append(QStringLiteral("%1 (%2)").arg(c.code, c.name));
    Found none;
    none.error = known.isEmpty()
                     ? Texts::tr("Group company: the register has no group companies.")
                     : Texts::tr("Group company: \"%1\" is none of the register's group "
                                 "companies: %2.")
                           .arg(text.simplified(), known.join(QStringLiteral(", ")));
    return none;
}

Result<SalesFactResolver::Found> SalesFactResolver::customer(const CustomerKeys& keys,
                                                             qint64 companyId)
{
    QStringList tried;
    const auto attempt = [&](const QString& text, const QString& cacheKey,
                             auto&& lookup) -> std::optional<Result<Found>> {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        Found found;
        if (const auto cached = m_found.constFind(cacheKey); cached != m_found.cend()) {
            found = *cached;
        } else {
            auto looked = lookup();
            if (!looked)
                return Result<Found>(looked.error());
            found = *looked;
            if (m_found.size() >= cacheLimit)
                m_found.clear();
            m_found.insert(cacheKey, found);
        }
        if (found.id != 0)
            return Result<Found>(found);
        tried.append(found.error);
        return std::nullopt;
    };
    const QString id = keys.customerId.trimmed();
    const QString key = keys.sourceKey.trimmed();
    const QString number = keys.customerNumber.trimmed();
    const QString businessId = keys.businessId.trimmed();
    if (auto r = attempt(id, QStringLiteral("i:") + id, [&] { return byCustomerId(id); }))
        return *r;
    if (auto r = attempt(key, QStringLiteral("s:") + key, [&] { return bySourceKey(key); }))
        return *r;
    if (auto r = attempt(number, QStringLiteral("n:") + QString::number(companyId) + u':' + number,
                         [&] { return byCustomerNumber(number, companyId); }))
        return *r;
    if (auto r = attempt(businessId, QStringLiteral("b:") + businessId,
                         [&] { return byBusinessId(businessId); }))
        return *r;
    Found none;
    none.error = tried.isEmpty() ? Texts::tr("Customer: the row names no customer.")
                                 : Texts::tr("Customer: %1.").arg(tried.join(QStringLiteral("; ")));
    return none;
}

Result<SalesFactResolver::Found> SalesFactResolver::named(qint64 id, const QString& matchedBy,
                                                          const QString& key)
{
    auto name = m_repository->customerName(id);
    if (!name)
        return name.error();
    Found found;
    found.matchedBy = matchedBy;
    found.key = key;
    if (!name->has_value()) {
        found.error = Texts::tr("no customer has the number %1").arg(key);
        return found;
    }
    found.id = id;
    found.name = **name;
    return found;
}

Result<SalesFactResolver::Found> SalesFactResolver::byCustomerId(const QString& text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (!numeric || id <= 0) {
        Found found;
        found.error = Texts::tr("\"%1\" is not a Luotsi customer number").arg(text);
        return found;
    }
    return named(id, QStringLiteral("Luotsi number"), text);
}

Result<SalesFactResolver::Found> SalesFactResolver::bySourceKey(const QString& key)
{
    auto owner = m_keys->bySourceKey(m_sourceSystem, key);
    if (!owner)
        return owner.error();
    if (*owner == 0) {
        Found found;
        found.error = Texts::tr("no customer has the key \"%1\" in the source system \"%2\"")
                          .arg(key, m_sourceSystem);
        return found;
    }
    return named(*owner, QStringLiteral("source key"), key);
}

Result<SalesFactResolver::Found> SalesFactResolver::byCustomerNumber(const QString& number,
                                                                     qint64 companyId)
{
    Found found;
    if (companyId == 0) {
        found.error =
            Texts::tr("the customer number \"%1\" needs the row's group company").arg(number);
        return found;
    }
    if (!m_customerNumbers.contains(companyId)) {
        auto numbers = m_repository->customerNumbers(companyId);
        if (!numbers)
            return numbers.error();
        m_customerNumbers.insert(companyId, *numbers);
    }
    const QList<qint64> ids = m_customerNumbers.value(companyId).value(number);
    if (ids.size() == 1)
        return named(ids.constFirst(), QStringLiteral("customer number"), number);
    QString company = QString::number(companyId);
    for (const GroupCompany& c : std::as_const(m_companies)) {
        if (c.id == companyId)
            company = c.code;
    }
    if (ids.isEmpty())
        found.error = Texts::tr("no customer has the number \"%1\" at %2").arg(number, company);
    else
        found.error = Texts::tr("%1 customers have the number \"%2\" at %3")
                          .arg(ids.size())
                          .arg(number, company);
    return found;
}

Result<SalesFactResolver::Found> SalesFactResolver::byBusinessId(const QString& text)
{
    Found found;
    const auto canonical = BusinessId::normalized(text);
    if (!canonical) {
        found.error = Texts::tr("\"%1\" is not a valid business ID").arg(text);
        return found;
    }
    auto ids = m_repository->customersWithBusinessId(*canonical, 2);
    if (!ids)
        return ids.error();
    if (ids->size() == 1)
        return named(ids->constFirst(), QStringLiteral("business ID"), *canonical);
    found.error = ids->isEmpty()
                      ? Texts::tr("no customer has the business ID %1").arg(*canonical)
                      : Texts::tr("several customers have the business ID %1; identify them by "
                                  "another column")
                            .arg(*canonical);
    return found;
}

} // namespace luotsi::core::importing

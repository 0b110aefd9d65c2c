#include "SalesFactGenerator.h"

#include "core/storage/DirectoryRepository.h"
#include "core/storage/TransactionGuard.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace luotsi::core::demo {

using segments::SalesFact;
using storage::SalesSubject;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SalesFactGenerator)
};

double cents(double euros)
{
    return std::round(euros * 100.0) / 100.0;
}

double thousands(double euros)
{
    return std::round(euros / 1000.0) * 1000.0;
}

bool isPublic(CustomerKind kind)
{
    return kind == CustomerKind::PublicBody || kind == CustomerKind::Parish ||
           kind == CustomerKind::ParishUnion;
}

constexpr int customersPerTransaction = 5000;

} // namespace

SalesFactGenerator::SalesFactGenerator(Settings settings)
    : m_settings(std::move(settings))
    , m_random(m_settings.seed * 0x9e3779b97f4a7c15ULL + 0x5a1e5)
{
    m_settings.months = std::clamp(m_settings.months, 0, 36);
    const QDate last = m_settings.lastMonth.isValid() ? m_settings.lastMonth : QDate::currentDate();
    m_lastMonth = QDate(last.year(), last.month(), 1);
}

double SalesFactGenerator::logUniform(double low, double high)
{
    return low * std::pow(high / low, m_random.unit());
}

double SalesFactGenerator::normal()
{
    const double u = 1.0 - m_random.unit(); // (0, 1]: the logarithm stays finite
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * m_random.unit());
}

int SalesFactGenerator::poisson(double mean)
{
    // Knuth's method: the means here are small (at most a few dozen orders a month).
    const double limit = std::exp(-mean);
    int count = 0;
    double product = m_random.unit();
    while (product > limit) {
        ++count;
        product *= m_random.unit();
    }
    return count;
}

SalesFactGenerator::Profile SalesFactGenerator::drawProfile(const SalesSubject& subject)
{
    const bool history = m_settings.months > 12; // a year without sales fits in the period
    switch (subject.status) {
    case CustomerStatus::Prospect:
        return Profile::None;
    case CustomerStatus::Former:
        return history && m_random.chance(0.6) ? Profile::Stopped : Profile::None;
    case CustomerStatus::Active:
        break;
    }
    // Per mille of active customers.
    static constexpr int weights[] = {45, 185, 285, 465, 20};
    static constexpr Profile profiles[] = {Profile::Vip, Profile::Loyal, Profile::Develop,
                                           Profile::Traffic, Profile::Stopped};
    const Profile profile = profiles[m_random.weighted(weights)];
    return profile == Profile::Stopped && !history ? Profile::None : profile;
}

SalesFactGenerator::Generated SalesFactGenerator::next(const SalesSubject& subject)
{
    Generated generated;
    const Profile profile = drawProfile(subject);
    QList<qint64> buying;
    QList<qint64> ended;
    for (const auto& [companyId, status] : subject.relationships) {
        if (status == RelationshipStatus::Active)
            buying.append(companyId);
        else if (status == RelationshipStatus::Ended)
            ended.append(companyId);
    }
    if (buying.isEmpty()) {
        buying = ended;
        ended.clear();
    }
    if (buying.isEmpty() && !m_settings.groupCompanyIds.isEmpty())
        buying.append(m_settings.groupCompanyIds.at(
            qsizetype(m_random.below(quint64(m_settings.groupCompanyIds.size())))));

    double yearRevenue = 0;
    bool developByPotential = false;
    if (profile != Profile::None && !buying.isEmpty() && m_settings.months > 0) {
        double growth = std::exp(0.15 * normal());
        if (profile == Profile::Develop) {
            static constexpr int kinds[] = {45, 40, 15}; // growing, cross-buying, potential
            size_t kind = m_random.weighted(kinds);
            // Growth shows only against a whole previous year: without one, another reason.
            if (kind == 0 && m_settings.months < 24)
                kind = buying.size() >= 2 ? 1 : 2;
            if (kind == 2)
                developByPotential = true;
            else if (kind == 0 || buying.size() < 2) // cross-buying needs two companies
                growth = 1.3 + 0.9 * m_random.unit();
            else
                buying = buying.mid(0, 2);
        } else if (profile == Profile::Traffic) {
            growth = std::exp(0.35 * normal());
        }
        const QList<Stream> streams =
            streamsFor(profile, developByPotential ? buying.mid(0, 1) : buying);
        const bool inWindow = profile != Profile::Stopped;
        for (const Stream& stream : streams) {
            yearRevenue += stream.yearRevenue;
            addMonths(stream, inWindow ? growth : 1.0, subject.customerId, inWindow,
                      generated.facts);
        }
        // Big and regular buyers also bought from companies whose relationship has ended since.
        if ((profile == Profile::Vip || profile == Profile::Loyal) && m_settings.months > 12) {
            for (qint64 companyId : std::as_const(ended)) {
                Stream stream{companyId,
                              yearRevenue * 0.25 / double(std::max<qsizetype>(1, streams.size())),
                              6, 0};
                stream.fromMonthsBack = m_random.between(12, m_settings.months - 1);
                addMonths(stream, 1.0, subject.customerId, false, generated.facts);
            }
        }
    }
    addPotential(profile, subject, yearRevenue, developByPotential, generated);
    addTags(profile, subject, generated);
    return generated;
}

QList<SalesFactGenerator::Stream> SalesFactGenerator::streamsFor(Profile profile,
                                                                 const QList<qint64>& companies)
{
    double revenue = 0;
    double orders = 0;
    qsizetype count = 1;
    int fromMonthsBack = 0;
    switch (profile) {
    case Profile::Vip:
        revenue = logUniform(45000, 350000);
        orders = m_random.between(24, 120);
        count = companies.size();
        break;
    case Profile::Loyal:
        revenue = logUniform(5500, 40000);
        orders = m_random.between(8, 36);
        count = m_random.chance(0.25) ? 2 : 1;
        break;
    case Profile::Develop:
        revenue = logUniform(1300, 9000);
        orders = m_random.between(2, 5);
        count = 2;
        break;
    case Profile::Traffic:
        revenue = m_random.chance(0.8) ? logUniform(80, 950) : logUniform(1000, 4500);
        orders = m_random.between(1, 4);
        break;
    case Profile::Stopped:
        revenue = logUniform(200, 8000);
        orders = m_random.between(1, 8);
        fromMonthsBack = m_random.between(12, std::max(12, m_settings.months - 1));
        break;
    case Profile::None:
        return {};
    }
    count = std::clamp<qsizetype>(count, 1, companies.size());
    // Shares of the customer's business: the first company the largest, on average.
    QList<double> weights;
    double weightSum = 0;
    for (qsizetype i = 0; i < count; ++i) {
        weights.append((i == 0 ? 1.0 : 0.3) + m_random.unit());
        weightSum += weights.constLast();
    }
    QList<Stream> streams;
    for (qsizetype i = 0; i < count; ++i) {
        const double share = weights.at(i) / weightSum;
        streams.append(
            {companies.at(i), revenue * share, std::max(1.0, orders * share), fromMonthsBack});
    }
    return streams;
}

void SalesFactGenerator::addMonths(const Stream& stream, double growth, qint64 customerId,
                                   bool inWindow, QList<SalesFact>& facts)
{
    const int months = m_settings.months;
    const double orderValue = stream.yearRevenue / stream.ordersPerYear;
    bool boughtInWindow = false;
    for (int back = stream.fromMonthsBack; back < months; ++back) {
        // Level 1 in the middle of the last twelve months; the year before 1 / growth.
        const double level = std::pow(growth, (5.5 - back) / 12.0);
        const int orders = poisson(stream.ordersPerYear / 12.0 * level);
        if (orders == 0)
            continue;
        const double revenue =
            std::max(0.01, cents(orders * orderValue * (0.6 + 0.8 * m_random.unit())));
        facts.append({customerId, stream.companyId, m_lastMonth.addMonths(-back), revenue, orders});
        boughtInWindow = boughtInWindow || back < 12;
    }
    // An active buyer bought at least once within the year, even when the dice said no.
    if (inWindow && !boughtInWindow && months > 0) {
        const int back = int(m_random.below(quint64(std::min(12, months))));
        const double revenue = std::max(0.01, cents(orderValue * (0.6 + 0.8 * m_random.unit())));
        facts.append({customerId, stream.companyId, m_lastMonth.addMonths(-back), revenue, 1});
    }
}

void SalesFactGenerator::addPotential(Profile profile, const SalesSubject& subject,
                                      double yearRevenue, bool developByPotential,
                                      Generated& generated)
{
    if (subject.kind == CustomerKind::Person)
        return;
    if (developByPotential) {
        generated.potential =
            std::max(10000.0, thousands(yearRevenue * (3.0 + 5.0 * m_random.unit())));
        return;
    }
    if (profile == Profile::None && subject.status == CustomerStatus::Prospect) {
        if (m_random.chance(0.22))
            generated.potential = thousands(logUniform(5000, 150000));
        return;
    }
    if (m_random.chance(0.05)) {
        const double base = yearRevenue > 0 ? yearRevenue : logUniform(2000, 50000);
        generated.potential = std::max(1000.0, thousands(base * (1.2 + 1.8 * m_random.unit())));
    }
}

void SalesFactGenerator::addTags(Profile profile, const SalesSubject& subject, Generated& generated)
{
    const bool vip = profile == Profile::Vip;
    const bool loyal = profile == Profile::Loyal;
    const bool active = subject.status == CustomerStatus::Active;
    if (m_random.chance(vip ? 0.3 : loyal ? 0.05 : 0.0))
        generated.tags.append(QStringLiteral("kumppani"));
    const bool publicBuyer = isPublic(subject.kind);
    if (m_random.chance(vip ? 0.25 : loyal ? 0.08 : publicBuyer && active ? 0.1 : 0.0))
        generated.tags.append(QStringLiteral("puitesopimus"));
    if (m_random.chance(publicBuyer ? 0.25 : 0.0))
        generated.tags.append(QStringLiteral("julkinen hankinta"));
    if (m_random.chance(profile == Profile::Traffic   ? 0.04
                        : profile == Profile::Develop ? 0.03
                                                      : 0.0))
        generated.tags.append(QStringLiteral("verkkokauppa"));
}

Result<SalesFactGenerator::Totals> SalesFactGenerator::write(storage::Database& database,
                                                             Settings settings, qint64 afterId,
                                                             const Progress& progress)
{
    if (settings.groupCompanyIds.isEmpty()) {
        auto companies = storage::DirectoryRepository(database).groupCompanies();
        if (!companies)
            return companies.error();
        for (const GroupCompany& company : std::as_const(*companies))
            settings.groupCompanyIds.append(company.id);
    }
    storage::SalesFactRepository repository(database);
    auto total = repository.customerCount(afterId);
    if (!total)
        return total.error();
    SalesFactGenerator generator(std::move(settings));
    Totals totals;
    qint64 last = afterId;
    for (;;) {
        auto subjects = repository.salesSubjects(last, customersPerTransaction);
        if (!subjects)
            return subjects.error();
        if (subjects->isEmpty())
            break;
        storage::TransactionGuard transaction(database.connection());
        if (!transaction.isActive())
            return transaction.beginError();
        QList<SalesFact> facts;
        Totals batch;
        for (const SalesSubject& subject : std::as_const(*subjects)) {
            Generated generated = generator.next(subject);
            facts.append(generated.facts);
            if (generated.potential) {
                if (auto status =
                        repository.setPotential(subject.customerId, generated.potential, 0);
                    !status)
                    return status.error();
                ++batch.potentials;
            }
            if (!generated.tags.isEmpty()) {
                if (auto status = repository.setTags(subject.customerId, generated.tags); !status)
                    return status.error();
                ++batch.tagged;
            }
        }
        if (auto status = repository.upsert(facts, 0); !status)
            return status.error();
        if (auto status = transaction.commit(); !status)
            return status.error();
        totals.customers += subjects->size();
        totals.facts += facts.size();
        totals.potentials += batch.potentials;
        totals.tagged += batch.tagged;
        last = subjects->constLast().customerId;
        if (progress && !progress(totals.customers, *total) && totals.customers < *total)
            return Error{Texts::tr("Cancelled: sales were generated for %1 of %2 customers.")
                             .arg(totals.customers)
                             .arg(*total),
                         database.path()};
    }
    return totals;
}

} // namespace luotsi::core::demo

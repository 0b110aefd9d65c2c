#pragma once

#include "DemoRandom.h"
#include "core/Result.h"
#include "core/segments/CustomerFacts.h"
#include "core/storage/SalesFactRepository.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace luotsi::core::demo {

// Invents sales history for customers, so that the segments have something to cut: months of
// sales per group company the customer deals with, an estimated potential on about one
// organisation in ten and a few tags. Each active customer gets a buying profile (a big account
// buying from several companies, a regular buyer, a growing or cross-buying one, an occasional
// one, one that went quiet a year ago) drawn with weights that spread the default segments
// (migrations/0006_segments.sql) about as a real register would: VIP ~3 %, loyal ~15 %, develop
// ~20 %, traffic ~35 %, acquire ~25 % with 24 months. Prospects buy nothing; most former
// customers stopped over a year ago. Deterministic: the same settings and customers in the same
// order give the same facts.
class SalesFactGenerator final
{
public:
    struct Settings
    {
        quint64 seed = 1;
        int months = 24;               // of history, ending with lastMonth (0..36)
        QDate lastMonth;               // any day of the newest month; invalid: the current month
        QList<qint64> groupCompanyIds; // for customers without relationships
    };

    struct Generated
    {
        QList<segments::SalesFact> facts;
        std::optional<double> potential;
        QStringList tags;
    };

    struct Totals
    {
        qint64 customers = 0;
        qint64 facts = 0;
        qint64 potentials = 0;
        qint64 tagged = 0;
    };

    // Called after every transaction; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit SalesFactGenerator(Settings settings);

    Generated next(const storage::SalesSubject& subject);

    // Writes generated sales, potentials and tags for every customer with an id above afterId,
    // a few thousand customers per transaction. Settings::groupCompanyIds empty: the register's
    // group companies. A cancelled run keeps what was committed and says so in its error.
    static Result<Totals> write(storage::Database& database, Settings settings, qint64 afterId,
                                const Progress& progress);

private:
    enum class Profile
    {
        None,    // prospects, and former customers that never bought in the period
        Stopped, // bought, but not within the last twelve months
        Traffic,
        Develop,
        Loyal,
        Vip
    };
    // A group company the customer buys from, and how much.
    struct Stream
    {
        qint64 companyId = 0;
        double yearRevenue = 0; // the last twelve months, before noise
        double ordersPerYear = 0;
        int fromMonthsBack = 0; // buys only this many months back or earlier (0: up to now)
    };

    Profile drawProfile(const storage::SalesSubject& subject);
    QList<Stream> streamsFor(Profile profile, const QList<qint64>& companies);
    void addMonths(const Stream& stream, double growth, qint64 customerId, bool inWindow,
                   QList<segments::SalesFact>& facts);
    void addPotential(Profile profile, const storage::SalesSubject& subject, double yearRevenue,
                      bool developByPotential, Generated& generated);
    void addTags(Profile profile, const storage::SalesSubject& subject, Generated& generated);

    double logUniform(double low, double high);
    double normal();
    int poisson(double mean);

    Settings m_settings;
    QDate m_lastMonth;
    DemoRandom m_random;
};

} // namespace luotsi::core::demo

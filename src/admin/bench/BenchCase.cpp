#include "BenchCase.h"

#include <algorithm>
#include <cmath>

namespace luotsi::admin::bench {

double BenchCase::percentile(double p) const
{
    QList<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double BenchCase::median() const
{
    QList<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        return 0;
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.at(middle)
                                  : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

double BenchCase::min() const
{
    return samples.isEmpty() ? 0 : *std::min_element(samples.begin(), samples.end());
}

double BenchCase::max() const
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end());
}

double BenchCase::rate() const
{
    const double ms = median();
    return items > 0 && ms > 0 ? double(items) * 1000.0 / ms : 0;
}

BenchCase BenchCase::skipped(const QString& name, const QString& group, Role role,
                             const QString& why)
{
    BenchCase result;
    result.name = name;
    result.group = group;
    result.role = role;
    result.state = State::Skipped;
    result.note = why;
    return result;
}

BenchCase BenchCase::failed(const QString& name, const QString& group, Role role,
                            const QString& why)
{
    BenchCase result = skipped(name, group, role, why);
    result.state = State::Failed;
    return result;
}

QString roleName(BenchCase::Role role)
{
    switch (role) {
    case BenchCase::Role::Luotsi:
        return QStringLiteral("luotsi");
    case BenchCase::Role::Floor:
        return QStringLiteral("floor");
    case BenchCase::Role::Peer:
        return QStringLiteral("peer");
    }
    return {};
}

QString stateName(BenchCase::State state)
{
    switch (state) {
    case BenchCase::State::Measured:
        return QStringLiteral("measured");
    case BenchCase::State::Skipped:
        return QStringLiteral("skipped");
    case BenchCase::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace luotsi::admin::bench

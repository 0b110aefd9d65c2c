#pragma once

#include "BenchCase.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace luotsi::admin::bench {

// One goal of the bench (issue #6) checked against a sitting's results.
struct BenchGoal
{
    QString text;            // "xlsx-parse at least 8× faster than the fastest peer"
    QString measured;        // "13.8× (peer:exceljs 57.0 s, xlsx-parse 4.1 s)"
    std::optional<bool> met; // nothing when a case it needs did not run
};

// Turns a sitting's cases into the table people read (each Luotsi case with its ratio to its
// floor and to the best peer, the floors and peers below it), the goals, and the same as JSON.
class BenchReport final
{
public:
    struct Context
    {
        qint64 scale = 0;
        quint32 seed = 0;
        int runs = 0;
        int peerRuns = 0;
        QString data;   // where the inputs are
        QString inputs; // their sizes in words
    };

    BenchReport(Context context, QList<BenchCase> cases);

    QString text() const;
    QJsonObject json() const;
    QList<BenchGoal> goals() const;

    // "412 ms", "4.12 s", "57 s"
    static QString duration(double ms);
    static QString machine();

private:
    const BenchCase* find(const QString& name) const;
    // The fastest measured peer of a group, by median.
    const BenchCase* bestPeer(const QString& group) const;
    QString ratios(const BenchCase& luotsiCase) const;

    Context m_context;
    QList<BenchCase> m_cases;
};

} // namespace luotsi::admin::bench

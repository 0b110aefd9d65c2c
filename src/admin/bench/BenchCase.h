#pragma once

#include <QList>
#include <QString>

namespace luotsi::admin::bench {

// One measured case of the bench: Luotsi's own, a floor (what the hardware and SQLite need at
// least for the same work) or a peer (another tool an admin could use instead).
struct BenchCase
{
    enum class Role
    {
        Luotsi,
        Floor,
        Peer
    };
    enum class State
    {
        Measured,
        Skipped, // not installed, not asked for: the note says why
        Failed   // ran but gave an error or a short result: the note says what
    };

    QString name;  // "xlsx-parse", "floor:inflate", "peer:openpyxl"
    QString group; // the Luotsi case a floor or peer is compared with
    Role role = Role::Luotsi;
    State state = State::Measured;
    QString unit;          // what one sample is: "file", "keystroke", "card"
    QList<double> samples; // milliseconds, one per sample
    double peakRssMiB = 0; // the highest of the samples' peaks
    qint64 items = 0;      // rows (or queries) one sample handles, for a rate; 0: no rate
    QString note;

    // Nearest rank: a reported p95 is a sample that was really measured.
    double percentile(double p) const;
    // The middle sample, or the mean of the middle two (a case cut short by --case-minutes may
    // have two runs: its median is not the faster one).
    double median() const;
    double min() const;
    double max() const;
    // Items per second at the median, or 0.
    double rate() const;

    static BenchCase skipped(const QString& name, const QString& group, Role role,
                             const QString& why);
    static BenchCase failed(const QString& name, const QString& group, Role role,
                            const QString& why);
};

QString roleName(BenchCase::Role role);
QString stateName(BenchCase::State state);

} // namespace luotsi::admin::bench

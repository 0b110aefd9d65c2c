#pragma once

#include "DuplicateGroup.h"
#include "core/Result.h"
#include "core/matching/MatchSettings.h"

#include <QList>

#include <functional>
#include <optional>

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::duplicates {

struct FinderOptions
{
    matching::MatchSettings settings;
    std::optional<double> minScore; // default: settings.reviewAbove
    DuplicateFilter filter;
    bool save = true; // store the run and its groups (the GUI and `luotsi-admin duplicates`)
};

struct FinderProgress
{
    enum class Phase
    {
        Loading,   // reading customers
        Comparing, // scoring the pairs that share a blocking key
        Grouping,  // joining pairs into groups
        Saving,    // storing the run
    };
    Phase phase = Phase::Loading;
    qint64 done = 0;
    qint64 total = 0;
};

struct FinderResult
{
    DuplicateRun run;
    QList<DuplicateGroup> groups; // best score first
};

// Finds groups of customers that are probably one customer, over the whole register or a
// filtered part of it: customers are filed under the matching engine's blocking keys, only
// customers sharing a key are scored (never all pairs), pairs at or above the minimum score
// join into groups, and pairs an admin marked "not a duplicate" are never proposed again.
// Uses every core; runs on the caller's thread (a worker in the GUI).
class DuplicateFinder final
{
public:
    // Return false from the callback to cancel: run() then returns an Error and saves nothing.
    using ProgressCallback = std::function<bool(const FinderProgress&)>;

    DuplicateFinder(Workspace& workspace, FinderOptions options = {});

    Result<FinderResult> run(const ProgressCallback& progress = {});

private:
    Workspace& m_workspace;
    FinderOptions m_options;
};

} // namespace luotsi::core::duplicates

#pragma once

#include "core/Result.h"

namespace luotsi::core {
class Workspace;
}

namespace luotsi::core::demo {

// Segments a generated register the way a year of use would have: for every segmentation a run
// as of a year ago, dated then, and one as of today, so that cards show a segment history and the
// changes of the year can be counted. With less than 13 months of sales only today's run.
Status segmentDemoRegister(Workspace& workspace, int salesMonths);

} // namespace luotsi::core::demo

#pragma once

namespace luotsi::gui {

class ModuleRegistry;

// Registers the "Segments" module: segment definitions and rules, re-segmentation runs with
// their preview and the yearly review, the care model, targets and the changes per segment.
// It follows the customers in the sidebar.
void registerSegmentsModule(ModuleRegistry& registry);

} // namespace luotsi::gui

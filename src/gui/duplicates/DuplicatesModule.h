#pragma once

namespace luotsi::gui {

class ModuleRegistry;

// Registers the "Data quality" module for admins: the register's quality overview, the
// duplicate finder with side-by-side merging, and the merge history with undo. It follows the
// import module in the sidebar.
void registerDuplicatesModule(ModuleRegistry& registry);

} // namespace luotsi::gui

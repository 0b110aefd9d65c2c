#pragma once

namespace luotsi::gui {

class ModuleRegistry;

// Registers the "Import" module: the import history with the conversion wizard and batch
// undo, admin work reached from the main window's sidebar.
void registerImportModule(ModuleRegistry& registry);

} // namespace luotsi::gui

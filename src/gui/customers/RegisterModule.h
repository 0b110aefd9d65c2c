#pragma once

namespace luotsi::gui {

class ModuleRegistry;

// Registers the customer register: the "Customers" page and the card's own sections (basic
// data, contacts, addresses, contact details, relationships, source keys, hierarchy, timeline,
// change history). Later modules add a function like this one.
void registerRegisterModule(ModuleRegistry& registry);

} // namespace luotsi::gui

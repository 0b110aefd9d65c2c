#include "ModuleRegistry.h"

#include <algorithm>

namespace luotsi::gui {

void ModuleRegistry::addModule(Module module)
{
    m_modules.append(std::move(module));
    std::stable_sort(m_modules.begin(), m_modules.end(),
                     [](const Module& a, const Module& b) { return a.order < b.order; });
}

void ModuleRegistry::addCardSection(CardSectionEntry section)
{
    m_cardSections.append(std::move(section));
    std::stable_sort(
        m_cardSections.begin(), m_cardSections.end(),
        [](const CardSectionEntry& a, const CardSectionEntry& b) { return a.order < b.order; });
}

QList<ModuleRegistry::Module> ModuleRegistry::modules() const
{
    return m_modules;
}

QList<ModuleRegistry::CardSectionEntry> ModuleRegistry::cardSections() const
{
    return m_cardSections;
}

} // namespace luotsi::gui

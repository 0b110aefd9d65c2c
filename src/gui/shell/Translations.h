#pragma once

#include <QString>

namespace luotsi::gui {

// Installs Luotsi's and Qt's translations for the chosen language ("fi", "en") or, when empty,
// for the system locale; also makes that locale the default for dates and numbers.
// Returns the language in use.
QString installTranslations(const QString& language);

} // namespace luotsi::gui

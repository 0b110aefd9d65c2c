#include "ImportModule.h"

#include "ImportDemo.h"
#include "ImportHistoryPage.h"
#include "core/importing/mapping/MappingProfileStore.h"
#include "shell/ModuleRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace luotsi::gui {

void registerImportModule(ModuleRegistry& registry)
{
    registry.addModule({QStringLiteral("import"),
                        [] { return QCoreApplication::translate("MainWindow", "Import"); },
                        QApplication::style()->standardIcon(QStyle::SP_ArrowDown), 90,
                        [](ModuleContext& context, QWidget* parent) -> QWidget* {
                            auto* page = new ImportHistoryPage(
                                context.workspace, context.openCustomer,
                                core::importing::MappingProfileStore::defaultFolder(), parent);
                            ImportDemo::startIfAsked(*page);
                            return page;
                        }});
}

} // namespace luotsi::gui

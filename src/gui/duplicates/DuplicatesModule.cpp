#include "DuplicatesModule.h"

#include "DataQualityPage.h"
#include "shell/ModuleRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace luotsi::gui {

void registerDuplicatesModule(ModuleRegistry& registry)
{
    registry.addModule({QStringLiteral("quality"),
                        [] { return QCoreApplication::translate("MainWindow", "Data quality"); },
                        QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView), 95,
                        [](ModuleContext& context, QWidget* parent) -> QWidget* {
                            return new DataQualityPage(context.workspace, context.openCustomer,
                                                       context.openCustomerList, parent);
                        }});
}

} // namespace luotsi::gui

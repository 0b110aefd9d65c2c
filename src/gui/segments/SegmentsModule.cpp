#include "SegmentsModule.h"

#include "SegmentsPage.h"
#include "shell/ModuleRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace luotsi::gui {

void registerSegmentsModule(ModuleRegistry& registry)
{
    registry.addModule({QStringLiteral("segments"),
                        [] { return QCoreApplication::translate("MainWindow", "Segments"); },
                        QApplication::style()->standardIcon(QStyle::SP_FileDialogListView), 50,
                        [](ModuleContext& context, QWidget* parent) -> QWidget* {
                            return new SegmentsPage(context.workspace, context.openCustomer,
                                                    parent);
                        }});
}

} // namespace luotsi::gui

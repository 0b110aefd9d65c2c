#include "GenerateCommand.h"

#include <QCoreApplication>

namespace luotsi::admin {

QString GenerateCommand::summary() const
{
    return QCoreApplication::translate("luotsi-admin", "Write realistic Finnish demo or scale data.");
}

int GenerateCommand::run(const QStringList&, Console& console)
{
    console.err << "not yet" << Qt::endl;
    return 1;
}

} // namespace luotsi::admin

#include "RowCells.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace luotsi::core::importing {

QStringList cellTexts(const SheetRow& row)
{
    QStringList texts;
    for (const SheetCell& cell : row.cells) {
        while (texts.size() < cell.column)
            texts.append(QString());
        texts.append(cell.displayText());
    }
    return texts;
}

QByteArray cellsJson(const QStringList& headers, const QStringList& cells)
{
    QJsonObject object;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i).isEmpty())
            continue;
        const QString header = headers.value(i);
        object.insert(header.isEmpty() ? SheetCell::columnName(int(i)) : header, cells.at(i));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace luotsi::core::importing

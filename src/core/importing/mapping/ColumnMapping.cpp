#include "ColumnMapping.h"

#include "core/importing/readers/SheetCell.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

const QString formatId = QStringLiteral("luotsi-column-mapping");

QString normalizedHeader(const QString& header)
{
    return header.simplified().toCaseFolded();
}

Result<ImportTarget> targetFromName(const QString& name)
{
    for (ImportTarget t : {ImportTarget::Customers, ImportTarget::Contacts,
                           ImportTarget::Relationships, ImportTarget::SalesFacts}) {
        if (importTargetName(t) == name)
            return t;
    }
    return Error{Texts::tr("Unknown import target \"%1\".").arg(name), QStringLiteral("target")};
}

Result<PersonNameOrder> personOrderFromName(const QString& name)
{
    if (name == QLatin1String("first-last"))
        return PersonNameOrder::FirstLast;
    if (name == QLatin1String("last-first"))
        return PersonNameOrder::LastFirst;
    return Error{Texts::tr("Unknown person name order \"%1\".").arg(name),
                 QStringLiteral("personNameOrder")};
}

Error typeError(const QString& key, const char* expected)
{
    return Error{Texts::tr("Expected %1.").arg(QString::fromLatin1(expected)), key};
}

} // namespace

QString importTargetName(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Contacts:
        return QStringLiteral("contacts");
    case ImportTarget::Relationships:
        return QStringLiteral("relationships");
    case ImportTarget::SalesFacts:
        return QStringLiteral("sales");
    case ImportTarget::Customers:
        break;
    }
    return QStringLiteral("customers");
}

QList<MappedColumn> ColumnMapping::columnsFor(TargetField field) const
{
    QList<MappedColumn> found;
    for (const MappedColumn& c : columns) {
        if (c.field == field)
            found.append(c);
    }
    return found;
}

bool ColumnMapping::hasField(TargetField field) const
{
    for (const MappedColumn& c : columns) {
        if (c.field == field)
            return true;
    }
    return false;
}

QStringList ColumnMapping::headers() const
{
    QList<MappedColumn> sorted = columns;
    std::sort(sorted.begin(), sorted.end(),
              [](const MappedColumn& a, const MappedColumn& b) { return a.column < b.column; });
    QStringList texts;
    for (const MappedColumn& c : sorted)
        texts.append(c.header);
    return texts;
}

Result<ColumnMapping> ColumnMapping::reboundTo(const QStringList& newHeaders) const
{
    ColumnMapping rebound = *this;
    rebound.columns.clear();
    QList<bool> taken(newHeaders.size(), false);
    for (const MappedColumn& c : columns) {
        const QString wanted = normalizedHeader(c.header);
        qsizetype index = -1;
        // The same position first, so that two columns with one header keep their order.
        if (c.column < newHeaders.size() && !taken.at(c.column) &&
            normalizedHeader(newHeaders.at(c.column)) == wanted)
            index = c.column;
        for (qsizetype i = 0; index < 0 && i < newHeaders.size(); ++i) {
            if (!taken.at(i) && normalizedHeader(newHeaders.at(i)) == wanted)
                index = i;
        }
        if (index < 0) {
            if (c.field == TargetField::Ignore)
                continue;
            return Error{Texts::tr("The sheet has no column \"%1\" (%2).")
                             .arg(c.header, displayName(c.field)),
                         sheetName};
        }
        taken[index] = true;
        MappedColumn moved = c;
        moved.column = int(index);
        rebound.columns.append(moved);
    }
    return rebound;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatId);
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("name"), profileName);
    root.insert(QStringLiteral("sourceSystem"), sourceSystem);
    root.insert(QStringLiteral("sheet"), sheetName);
    root.insert(QStringLiteral("headerRow"), headerRow);
    root.insert(QStringLiteral("target"), importTargetName(target));
    root.insert(QStringLiteral("groupCompany"), groupCompanyCode);
    root.insert(QStringLiteral("personNameOrder"), personNameOrder == PersonNameOrder::LastFirst
                                                       ? QStringLiteral("last-first")
                                                       : QStringLiteral("first-last"));
    root.insert(QStringLiteral("personWhenNoOrganisation"), personWhenNoOrganisation);
    QJsonArray columnArray;
    for (const MappedColumn& c : columns) {
        QJsonObject column;
        column.insert(QStringLiteral("column"), SheetCell::columnName(c.column));
        column.insert(QStringLiteral("header"), c.header);
        column.insert(QStringLiteral("field"), fieldName(c.field));
        if (isDateField(c.field))
            column.insert(QStringLiteral("dateOrder"), dateOrderName(c.dateOrder));
        columnArray.append(column);
    }
    root.insert(QStringLiteral("columns"), columnArray);
    QJsonObject constantObject;
    for (auto it = constants.cbegin(); it != constants.cend(); ++it)
        constantObject.insert(fieldName(it.key()), it.value());
    root.insert(QStringLiteral("constants"), constantObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Texts::tr("Not a mapping profile: %1 at character %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     QString()};
    if (!document.isObject())
        return Error{Texts::tr("Not a mapping profile: the file holds no JSON object."), QString()};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatId)
        return Error{Texts::tr("Not a Luotsi mapping profile."), QStringLiteral("format")};
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        return typeError(QStringLiteral("version"), "a number");
    if (version.toInt() < 1 || version.toInt() > formatVersion)
        return Error{Texts::tr("The profile's format version %1 is not supported (this version "
                               "of Luotsi reads up to %2).")
                         .arg(version.toInt())
                         .arg(formatVersion),
                     QStringLiteral("version")};

    ColumnMapping mapping;
    // Optional strings: absent is empty, anything but a string is an error.
    const auto readString = [&root](const QString& key, QString& into) -> Status {
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            return typeError(key, "text");
        into = v.toString();
        return {};
    };
    for (const auto& [key, into] :
         {std::pair{QStringLiteral("name"), &mapping.profileName},
          std::pair{QStringLiteral("sourceSystem"), &mapping.sourceSystem},
          std::pair{QStringLiteral("sheet"), &mapping.sheetName},
          std::pair{QStringLiteral("groupCompany"), &mapping.groupCompanyCode}}) {
        if (Status s = readString(key, *into); !s)
            return s.error();
    }
    const QJsonValue headerRow = root.value(QStringLiteral("headerRow"));
    if (!headerRow.isUndefined()) {
        if (!headerRow.isDouble() || headerRow.toInt() < 0)
            return typeError(QStringLiteral("headerRow"), "a row number");
        mapping.headerRow = headerRow.toInt();
    }
    if (root.contains(QStringLiteral("target"))) {
        auto target = targetFromName(root.value(QStringLiteral("target")).toString());
        if (!target)
            return target.error();
        mapping.target = *target;
    }
    if (root.contains(QStringLiteral("personNameOrder"))) {
        auto order = personOrderFromName(root.value(QStringLiteral("personNameOrder")).toString());
        if (!order)
            return order.error();
        mapping.personNameOrder = *order;
    }
    const QJsonValue personRule = root.value(QStringLiteral("personWhenNoOrganisation"));
    if (!personRule.isUndefined()) {
        if (!personRule.isBool())
            return typeError(QStringLiteral("personWhenNoOrganisation"), "true or false");
        mapping.personWhenNoOrganisation = personRule.toBool();
    }

    const QJsonValue columnValue = root.value(QStringLiteral("columns"));
    if (!columnValue.isArray())
        return typeError(QStringLiteral("columns"), "a list of columns");
    const QJsonArray columnArray = columnValue.toArray();
    for (qsizetype i = 0; i < columnArray.size(); ++i) {
        const QString where = QStringLiteral("columns[%1]").arg(i);
        if (!columnArray.at(i).isObject())
            return typeError(where, "a column object");
        const QJsonObject column = columnArray.at(i).toObject();
        MappedColumn mapped;
        const QString letters = column.value(QStringLiteral("column")).toString();
        int index = 0;
        for (const QChar c : letters) {
            if (c < QLatin1Char('A') || c > QLatin1Char('Z')) {
                index = 0;
                break;
            }
            index = index * 26 + (c.unicode() - u'A' + 1);
        }
        if (index <= 0 || index > 16384)
            return Error{Texts::tr("\"%1\" is not a column letter.").arg(letters), where};
        mapped.column = index - 1;
        mapped.header = column.value(QStringLiteral("header")).toString();
        const QString fieldId = column.value(QStringLiteral("field")).toString();
        const auto field = fieldFromName(fieldId);
        if (!field)
            return Error{Texts::tr("Unknown field \"%1\".").arg(fieldId), where};
        mapped.field = *field;
        if (column.contains(QStringLiteral("dateOrder"))) {
            bool known = false;
            mapped.dateOrder =
                dateOrderFromName(column.value(QStringLiteral("dateOrder")).toString(), &known);
            if (!known)
                return Error{Texts::tr("Unknown date order \"%1\".")
                                 .arg(column.value(QStringLiteral("dateOrder")).toString()),
                             where};
        }
        for (const MappedColumn& earlier : std::as_const(mapping.columns)) {
            if (earlier.column == mapped.column)
                return Error{Texts::tr("Column %1 is mapped twice.").arg(letters), where};
        }
        mapping.columns.append(mapped);
    }

    const QJsonValue constantValue = root.value(QStringLiteral("constants"));
    if (!constantValue.isUndefined()) {
        if (!constantValue.isObject())
            return typeError(QStringLiteral("constants"), "an object of field: value");
        const QJsonObject constantObject = constantValue.toObject();
        for (auto it = constantObject.begin(); it != constantObject.end(); ++it) {
            const auto field = fieldFromName(it.key());
            if (!field)
                return Error{Texts::tr("Unknown field \"%1\".").arg(it.key()),
                             QStringLiteral("constants")};
            if (!it.value().isString())
                return typeError(QStringLiteral("constants.") + it.key(), "text");
            mapping.constants.insert(*field, it.value().toString());
        }
    }
    return mapping;
}

} // namespace luotsi::core::importing

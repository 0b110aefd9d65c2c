#include "SurvivorshipSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace luotsi::core::merging {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SurvivorshipSettings)
};

QJsonArray arrayOf(const QStringList& names)
{
    return QJsonArray::fromStringList(names);
}

// A list of source names; an Error names the key when it is not an array of strings.
Result<QStringList> namesOf(const QJsonValue& value, const QString& key, const QString& where)
{
    const auto invalid = [&] {
        return Error{Texts::tr("\"%1\" must be a list of source system names.").arg(key), where};
    };
    if (!value.isArray())
        return invalid();
    QStringList names;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (!item.isString())
            return invalid();
        names.append(item.toString().trimmed());
    }
    return names;
}

} // namespace

QStringList SurvivorshipSettings::priorityFor(const QString& field) const
{
    return sourcePriority.value(field, defaultPriority);
}

int SurvivorshipSettings::rank(const QString& field, const QString& sourceSystem,
                               bool userEdited) const
{
    const QStringList priority = priorityFor(field);
    // Unlisted sources share the rank after the listed ones; a user's edit not placed by the
    // list outranks every source.
    const auto unlisted = int(priority.size());
    if (userEdited && sourceSystem.isEmpty()) {
        const auto at = priority.indexOf(userEdit());
        return at >= 0 ? int(at) : -1;
    }
    if (sourceSystem.isEmpty())
        return unlisted;
    for (qsizetype i = 0; i < priority.size(); ++i) {
        if (priority.at(i).compare(sourceSystem, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return unlisted;
}

QByteArray SurvivorshipSettings::toJson() const
{
    QJsonObject perField;
    for (auto it = sourcePriority.cbegin(); it != sourcePriority.cend(); ++it)
        perField.insert(it.key(), arrayOf(it.value()));
    const QJsonObject root{{QStringLiteral("defaultPriority"), arrayOf(defaultPriority)},
                           {QStringLiteral("sourcePriority"), perField}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SurvivorshipSettings> SurvivorshipSettings::fromJson(const QByteArray& json,
                                                            const QString& where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Texts::tr("The survivorship settings are not valid JSON (%1 at %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     where};
    if (!document.isObject())
        return Error{Texts::tr("The survivorship settings must be a JSON object."), where};
    const QJsonObject root = document.object();
    SurvivorshipSettings settings;
    const QString defaultKey = QStringLiteral("defaultPriority");
    if (root.contains(defaultKey)) {
        auto names = namesOf(root.value(defaultKey), defaultKey, where);
        if (!names)
            return names.error();
        settings.defaultPriority = *names;
    }
    const QString perFieldKey = QStringLiteral("sourcePriority");
    if (root.contains(perFieldKey)) {
        const QJsonValue perField = root.value(perFieldKey);
        if (!perField.isObject())
            return Error{Texts::tr("\"%1\" must be a JSON object of field codes.").arg(perFieldKey),
                         where};
        // Fields the file names replace the defaults; the others keep them.
        const QJsonObject object = perField.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto names = namesOf(it.value(), it.key(), where);
            if (!names)
                return names.error();
            settings.sourcePriority.insert(it.key(), *names);
        }
    }
    return settings;
}

Result<SurvivorshipSettings> SurvivorshipSettings::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Texts::tr("Cannot read the survivorship settings: %1").arg(file.errorString()),
                     path};
    return fromJson(file.readAll(), path);
}

Status SurvivorshipSettings::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error{
            Texts::tr("Cannot write the survivorship settings: %1").arg(file.errorString()), path};
    return {};
}

} // namespace luotsi::core::merging

#include "Settings.h"

#include <QStandardPaths>

namespace luotsi::core {

Settings::Settings(QObject* parent)
    : QObject(parent)
{}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(iniFile, QSettings::IniFormat)
{}

QString Settings::name(Key key)
{
    switch (key) {
    case Key::DatabasePath:
        return QStringLiteral("database/path");
    case Key::UiLanguage:
        return QStringLiteral("ui/language");
    case Key::RecentCustomers:
        return QStringLiteral("ui/recentCustomers");
    case Key::MainWindowGeometry:
        return QStringLiteral("ui/mainWindowGeometry");
    }
    return {};
}

QVariant Settings::value(Key key, const QVariant& fallback) const
{
    return m_settings.value(name(key), fallback);
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (m_settings.value(name(key)) == value)
        return;
    m_settings.setValue(name(key), value);
    emit changed(key);
}

QString Settings::databasePath() const
{
    return value(Key::DatabasePath, QString()).toString();
}

void Settings::setDatabasePath(const QString& path)
{
    setValue(Key::DatabasePath, path);
}

QString Settings::uiLanguage() const
{
    return value(Key::UiLanguage, QString()).toString();
}

void Settings::setUiLanguage(const QString& language)
{
    setValue(Key::UiLanguage, language);
}

QList<qint64> Settings::recentCustomers() const
{
    QList<qint64> ids;
    const QStringList stored = value(Key::RecentCustomers, QStringList()).toStringList();
    for (const QString& text : stored) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

void Settings::addRecentCustomer(qint64 id)
{
    QList<qint64> ids = recentCustomers();
    ids.removeAll(id);
    ids.prepend(id);
    QStringList stored;
    for (qsizetype i = 0; i < ids.size() && i < recentLimit(); ++i)
        stored.append(QString::number(ids.at(i)));
    setValue(Key::RecentCustomers, stored);
}

void Settings::removeRecentCustomer(qint64 id)
{
    QStringList stored;
    for (const qint64 recent : recentCustomers()) {
        if (recent != id)
            stored.append(QString::number(recent));
    }
    setValue(Key::RecentCustomers, stored);
}

QByteArray Settings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry, QByteArray()).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QString Settings::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/luotsi.sqlite");
}

} // namespace luotsi::core

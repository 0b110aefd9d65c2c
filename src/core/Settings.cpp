#include "Settings.h"

#include <QCryptographicHash>
#include <QFileInfo>

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
        return QStringLiteral("recentCustomers"); // a group: one entry per register
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

namespace {

// The settings key of one register's recent customers: a digest of its absolute path, as paths
// hold characters QSettings treats as separators.
QString recentCustomersKey(const QString& registerPath)
{
    const QByteArray digest = QCryptographicHash::hash(
        QFileInfo(registerPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("recentCustomers/") + QString::fromLatin1(digest.toHex().left(16));
}

} // namespace

QList<qint64> Settings::recentCustomers(const QString& registerPath) const
{
    QList<qint64> ids;
    const QStringList stored = m_settings.value(recentCustomersKey(registerPath)).toStringList();
    for (const QString& text : stored) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

void Settings::addRecentCustomer(const QString& registerPath, qint64 id)
{
    QList<qint64> ids = recentCustomers(registerPath);
    ids.removeAll(id);
    ids.prepend(id);
    QStringList stored;
    for (qsizetype i = 0; i < ids.size() && i < recentLimit(); ++i)
        stored.append(QString::number(ids.at(i)));
    m_settings.setValue(recentCustomersKey(registerPath), stored);
    emit changed(Key::RecentCustomers);
}

void Settings::removeRecentCustomer(const QString& registerPath, qint64 id)
{
    QStringList stored;
    for (const qint64 recent : recentCustomers(registerPath)) {
        if (recent != id)
            stored.append(QString::number(recent));
    }
    m_settings.setValue(recentCustomersKey(registerPath), stored);
    emit changed(Key::RecentCustomers);
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

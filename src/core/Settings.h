#pragma once

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>

namespace luotsi::core {

// Typed application settings: every key is declared once here, with its default, and a change
// is announced through changed(). Backed by QSettings (the user's config folder).
class Settings final : public QObject
{
    Q_OBJECT
public:
    enum class Key
    {
        DatabasePath,
        UiLanguage,
        RecentCustomers,
        MainWindowGeometry
    };
    Q_ENUM(Key)

    explicit Settings(QObject* parent = nullptr);
    // For tests: settings kept in the given INI file.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);

    // The SQLite file to open; empty means the default in the user's data folder.
    QString databasePath() const;
    void setDatabasePath(const QString& path);
    // "fi", "en" or empty for the system locale.
    QString uiLanguage() const;
    void setUiLanguage(const QString& language);
    // The customers last opened in the register at registerPath, most recent first, at most
    // recentLimit(). Kept per register: an id means another customer in another file.
    QList<qint64> recentCustomers(const QString& registerPath) const;
    void addRecentCustomer(const QString& registerPath, qint64 id);
    void removeRecentCustomer(const QString& registerPath, qint64 id);
    static int recentLimit() { return 10; }
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    // The embedded default: luotsi.sqlite in the user's data folder (QStandardPaths).
    static QString defaultDatabasePath();

signals:
    void changed(luotsi::core::Settings::Key key);

private:
    static QString name(Key key);
    QVariant value(Key key, const QVariant& fallback) const;
    void setValue(Key key, const QVariant& value);

    mutable QSettings m_settings;
};

} // namespace luotsi::core

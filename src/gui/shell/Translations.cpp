#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace luotsi::gui {

QString installTranslations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // English is the source language: nothing to install.
    if (locale.language() == QLocale::English)
        return QStringLiteral("en");

    auto* luotsi = new QTranslator(QCoreApplication::instance());
    if (luotsi->load(locale, QStringLiteral("luotsi"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(luotsi);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name().left(2);
}

} // namespace luotsi::gui

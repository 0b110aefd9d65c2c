#include "Segment.h"

#include <QLocale>

namespace luotsi::core::segments {

namespace {

QString inLanguage(const QString& finnish, const QString& english)
{
    return preferFinnish() || english.isEmpty() ? finnish : english;
}

} // namespace

bool preferFinnish()
{
    // The app sets the default locale to its interface language (gui/shell/Translations.cpp).
    return QLocale().language() != QLocale::English;
}

QString Segmentation::name() const
{
    return inLanguage(nameFi, nameEn);
}

QString Segment::name() const
{
    return inLanguage(nameFi, nameEn);
}

QString Segment::description() const
{
    return inLanguage(descriptionFi, descriptionEn);
}

QString CareChannel::name() const
{
    return inLanguage(nameFi, nameEn);
}

} // namespace luotsi::core::segments

#include "TextFolding.h"

#include <utility>

namespace luotsi::core::matching {

namespace {

// Appends the folded form of one lower-case character.
void appendFolded(QString& out, QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        out.append(c);
        return;
    }
    switch (u) {
    case u'ä':
    case u'å':
    case u'á':
    case u'à':
    case u'â':
    case u'ã':
        out.append(QLatin1Char('a'));
        return;
    case u'ö':
    case u'ó':
    case u'ò':
    case u'ô':
    case u'õ':
    case u'ø':
        out.append(QLatin1Char('o'));
        return;
    case u'é':
    case u'è':
    case u'ê':
    case u'ë':
        out.append(QLatin1Char('e'));
        return;
    case u'ü':
    case u'ú':
    case u'ù':
    case u'û':
        out.append(QLatin1Char('u'));
        return;
    case u'ß':
        out.append(QLatin1String("ss"));
        return;
    case u'æ':
        out.append(QLatin1String("ae"));
        return;
    case 0x00A0: // no-break space, common in Excel exports
        out.append(QLatin1Char(' '));
        return;
    default:
        break;
    }
    // Rarer accented letters: the base letter of the canonical decomposition.
    const QString decomposed = c.decomposition();
    if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80)
        out.append(decomposed.at(0));
    else
        out.append(c);
}

bool joinsWord(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(':') || c == QLatin1Char('\'') ||
           c == QLatin1Char('-') || c == QChar(0x2019) || c == QChar(0x2010) || c == QChar(0x2013);
}

} // namespace

QString TextFolding::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        appendFolded(out, c.toLower());
    return out;
}

QString TextFolding::alphanumeric(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            appendFolded(out, c.toLower());
    }
    return out;
}

QStringList TextFolding::words(QStringView text)
{
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            out.append(std::exchange(word, QString()));
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            appendFolded(word, c.toLower());
        else if (!joinsWord(c))
            flush();
    }
    flush();
    return out;
}

} // namespace luotsi::core::matching

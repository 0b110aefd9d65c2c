#include "TextCase.h"

namespace luotsi::core::importing {

namespace {

bool allLetters(const QString& text, bool upper)
{
    int letters = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (upper ? c.isLower() : c.isUpper())
            return false;
    }
    return letters >= 2;
}

} // namespace

bool TextCase::isAllUpper(const QString& text)
{
    return allLetters(text, true);
}

bool TextCase::isAllLower(const QString& text)
{
    return allLetters(text, false);
}

QString TextCase::capitalizeWord(const QString& word)
{
    QString result = word.toLower();
    bool start = true;
    for (QChar& c : result) {
        if (start && c.isLetter())
            c = c.toUpper();
        if (c.isLetter() || c.isDigit())
            start = false;
        if (c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QLatin1Char('/'))
            start = true;
    }
    return result;
}

QString TextCase::capitalizeFirst(const QString& text)
{
    QString result = text.toLower();
    for (QChar& c : result) {
        if (c.isLetter()) {
            c = c.toUpper();
            break;
        }
    }
    return result;
}

} // namespace luotsi::core::importing

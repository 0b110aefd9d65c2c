#include "NumberFormat.h"

namespace luotsi::core::importing::numberFormat {

QString builtIn(int id)
{
    switch (id) {
    case 1:
        return QStringLiteral("0");
    case 2:
        return QStringLiteral("0.00");
    case 3:
        return QStringLiteral("#,##0");
    case 4:
        return QStringLiteral("#,##0.00");
    case 5:
        return QStringLiteral("\"$\"#,##0_);(\"$\"#,##0)");
    case 6:
        return QStringLiteral("\"$\"#,##0_);[Red](\"$\"#,##0)");
    case 7:
        return QStringLiteral("\"$\"#,##0.00_);(\"$\"#,##0.00)");
    case 8:
        return QStringLiteral("\"$\"#,##0.00_);[Red](\"$\"#,##0.00)");
    case 9:
        return QStringLiteral("0%");
    case 10:
        return QStringLiteral("0.00%");
    case 11:
        return QStringLiteral("0.00E+00");
    case 12:
        return QStringLiteral("# ?/?");
    case 13:
        return QStringLiteral("# ?"
                              "?/??"); // split: "??/" would read as a trigraph
    case 14:
        return QStringLiteral("mm-dd-yy");
    case 15:
        return QStringLiteral("d-mmm-yy");
    case 16:
        return QStringLiteral("d-mmm");
    case 17:
        return QStringLiteral("mmm-yy");
    case 18:
        return QStringLiteral("h:mm AM/PM");
    case 19:
        return QStringLiteral("h:mm:ss AM/PM");
    case 20:
        return QStringLiteral("h:mm");
    case 21:
        return QStringLiteral("h:mm:ss");
    case 22:
        return QStringLiteral("m/d/yy h:mm");
    case 37:
        return QStringLiteral("#,##0_);(#,##0)");
    case 38:
        return QStringLiteral("#,##0_);[Red](#,##0)");
    case 39:
        return QStringLiteral("#,##0.00_);(#,##0.00)");
    case 40:
        return QStringLiteral("#,##0.00_);[Red](#,##0.00)");
    case 41:
        return QStringLiteral("_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)");
    case 42:
        return QStringLiteral("_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)");
    case 43:
        return QStringLiteral("_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)");
    case 44:
        return QStringLiteral("_(\"$\"* #,##0.00_)_(\"$\"* \\(#,##0.00\\)_(\"$\"* \"-\"??_)_(@_)");
    case 45:
        return QStringLiteral("mm:ss");
    case 46:
        return QStringLiteral("[h]:mm:ss");
    case 47:
        return QStringLiteral("mmss.0");
    case 48:
        return QStringLiteral("##0.0E+0");
    case 49:
        return QStringLiteral("@");
    default:
        return QStringLiteral("General");
    }
}

bool isBuiltInDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

bool isDateCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        // "General" (and LibreOffice's "Standard") name the default format, not a date.
        for (QStringView word : {QStringView(u"General"), QStringView(u"Standard")}) {
            if (code.sliced(i).startsWith(word, Qt::CaseInsensitive))
                i += word.size();
        }
        if (i >= code.size())
            break;
        const char16_t c = code[i].unicode();
        switch (c) {
        case u';': // only the first section decides, as in Excel's own classification
            return false;
        case u'"': { // quoted literal text
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                return false;
            i = end;
            break;
        }
        case u'\\': // an escaped literal character
        case u'_':  // a space as wide as the next character
        case u'*':  // repeat the next character to fill the cell
            ++i;
            break;
        case u'[': {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                return false;
            // [h], [mm], [ss]: elapsed time. Anything else ([Red], [$-40B], [>100]) is no date.
            const QStringView inside = code.sliced(i + 1, end - i - 1);
            bool elapsed = !inside.isEmpty();
            for (QChar x : inside)
                elapsed = elapsed && QStringView(u"hHmMsS").contains(x) && x == inside.front();
            if (elapsed)
                return true;
            i = end;
            break;
        }
        case u'd':
        case u'D':
        case u'm':
        case u'M':
        case u'y':
        case u'Y':
        case u'h':
        case u'H':
        case u's':
        case u'S':
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace luotsi::core::importing::numberFormat

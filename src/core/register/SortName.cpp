#include "SortName.h"

namespace luotsi::core {

QString SortName::of(const QString& name)
{
    QString key = name.simplified().toLower();
    // Code point order puts ä (U+00E4) before å (U+00E5); Finnish puts å first. Mapping å to
    // U+00E3 keeps å < ä < ö, all after z. Other accented letters sort with their base letter.
    for (QChar& c : key) {
        switch (c.unicode()) {
        case 0x00E5:
            c = QChar(0x00E3);
            break; // å
        case 0x00E1:
        case 0x00E0:
        case 0x00E2:
            c = QLatin1Char('a');
            break;
        case 0x00E9:
        case 0x00E8:
        case 0x00EA:
        case 0x00EB:
            c = QLatin1Char('e');
            break;
        case 0x00FC:
            c = QLatin1Char('y');
            break; // ü sorts as y in Finnish
        case 0x0161:
            c = QLatin1Char('s');
            break; // š
        case 0x017E:
            c = QLatin1Char('z');
            break; // ž
        default:
            break;
        }
    }
    return key;
}

} // namespace luotsi::core

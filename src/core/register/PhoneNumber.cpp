#include "PhoneNumber.h"

#include <QHash>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace luotsi::core {

namespace pn = i18n::phonenumbers;

namespace {

std::optional<pn::PhoneNumber> parse(const QString& text, const QString& region)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    pn::PhoneNumber number;
    const auto* util = pn::PhoneNumberUtil::GetInstance();
    if (util->Parse(trimmed.toStdString(), region.toStdString(), &number) !=
        pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!util->IsValidNumber(number))
        return std::nullopt;
    return number;
}

} // namespace

std::optional<QString> PhoneNumber::toE164(const QString& text, const QString& defaultRegion)
{
    // libphonenumber's parsing is slow (regular expressions) and one number is asked about three
    // or four times on its way in: cleaned, normalised, validated. Each thread remembers its
    // recent answers; a number's E.164 form answers for itself.
    thread_local QHash<QString, std::optional<QString>> recent;
    const QString key = defaultRegion + QLatin1Char('\n') + text;
    if (const auto known = recent.constFind(key); known != recent.cend())
        return *known;
    std::optional<QString> e164;
    if (const auto number = parse(text, defaultRegion)) {
        std::string formatted;
        pn::PhoneNumberUtil::GetInstance()->Format(*number, pn::PhoneNumberUtil::E164, &formatted);
        e164 = QString::fromStdString(formatted);
    }
    if (recent.size() >= 4096)
        recent.clear();
    recent.insert(key, e164);
    if (e164)
        recent.insert(defaultRegion + QLatin1Char('\n') + *e164, e164);
    return e164;
}

QString PhoneNumber::toNational(const QString& text, const QString& defaultRegion)
{
    const auto number = parse(text, defaultRegion);
    if (!number)
        return text;
    std::string formatted;
    pn::PhoneNumberUtil::GetInstance()->Format(*number, pn::PhoneNumberUtil::NATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace luotsi::core

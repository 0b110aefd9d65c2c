#include "PhoneNumber.h"

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
    const auto number = parse(text, defaultRegion);
    if (!number)
        return std::nullopt;
    std::string formatted;
    pn::PhoneNumberUtil::GetInstance()->Format(*number, pn::PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
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

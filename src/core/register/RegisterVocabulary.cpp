#include "RegisterVocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace luotsi::core::vocabulary {
namespace {

// One table per enumeration: value, stored code, English display name (source of tr()).
template<typename Enum> struct Word
{
    Enum value;
    const char16_t* code;
    const char* display;
};

constexpr std::array kinds{
    Word<CustomerKind>{CustomerKind::Company, u"company",
                       QT_TRANSLATE_NOOP("Vocabulary", "Company")},
    Word<CustomerKind>{CustomerKind::Parish, u"parish", QT_TRANSLATE_NOOP("Vocabulary", "Parish")},
    Word<CustomerKind>{CustomerKind::ParishUnion, u"parish_union",
                       QT_TRANSLATE_NOOP("Vocabulary", "Parish union")},
    Word<CustomerKind>{CustomerKind::Association, u"association",
                       QT_TRANSLATE_NOOP("Vocabulary", "Association")},
    Word<CustomerKind>{CustomerKind::PublicBody, u"public_body",
                       QT_TRANSLATE_NOOP("Vocabulary", "Public body")},
    Word<CustomerKind>{CustomerKind::Person, u"person", QT_TRANSLATE_NOOP("Vocabulary", "Person")},
};
constexpr std::array statuses{
    Word<CustomerStatus>{CustomerStatus::Prospect, u"prospect",
                         QT_TRANSLATE_NOOP("Vocabulary", "Prospect")},
    Word<CustomerStatus>{CustomerStatus::Active, u"active",
                         QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    Word<CustomerStatus>{CustomerStatus::Former, u"former",
                         QT_TRANSLATE_NOOP("Vocabulary", "Former")},
};
constexpr std::array languages{
    Word<Language>{Language::Finnish, u"fi", QT_TRANSLATE_NOOP("Vocabulary", "Finnish")},
    Word<Language>{Language::Swedish, u"sv", QT_TRANSLATE_NOOP("Vocabulary", "Swedish")},
    Word<Language>{Language::English, u"en", QT_TRANSLATE_NOOP("Vocabulary", "English")},
};
constexpr std::array addressKinds{
    Word<AddressKind>{AddressKind::Visiting, u"visiting",
                      QT_TRANSLATE_NOOP("Vocabulary", "Visiting")},
    Word<AddressKind>{AddressKind::Postal, u"postal", QT_TRANSLATE_NOOP("Vocabulary", "Postal")},
    Word<AddressKind>{AddressKind::Billing, u"billing", QT_TRANSLATE_NOOP("Vocabulary", "Billing")},
};
constexpr std::array channelKinds{
    Word<ChannelKind>{ChannelKind::Phone, u"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")},
    Word<ChannelKind>{ChannelKind::Email, u"email", QT_TRANSLATE_NOOP("Vocabulary", "Email")},
    Word<ChannelKind>{ChannelKind::Web, u"web", QT_TRANSLATE_NOOP("Vocabulary", "Web")},
};
constexpr std::array relationshipStatuses{
    Word<RelationshipStatus>{RelationshipStatus::Prospect, u"prospect",
                             QT_TRANSLATE_NOOP("Vocabulary", "Prospect")},
    Word<RelationshipStatus>{RelationshipStatus::Active, u"active",
                             QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    Word<RelationshipStatus>{RelationshipStatus::Ended, u"ended",
                             QT_TRANSLATE_NOOP("Vocabulary", "Ended")},
};
constexpr std::array timelineKinds{
    Word<TimelineKind>{TimelineKind::Note, u"note", QT_TRANSLATE_NOOP("Vocabulary", "Note")},
    Word<TimelineKind>{TimelineKind::Call, u"call", QT_TRANSLATE_NOOP("Vocabulary", "Call")},
    Word<TimelineKind>{TimelineKind::Meeting, u"meeting",
                       QT_TRANSLATE_NOOP("Vocabulary", "Meeting")},
    Word<TimelineKind>{TimelineKind::Email, u"email", QT_TRANSLATE_NOOP("Vocabulary", "Email")},
};
constexpr std::array roles{
    Word<UserRole>{UserRole::AccountManager, u"account_manager",
                   QT_TRANSLATE_NOOP("Vocabulary", "Account manager")},
    Word<UserRole>{UserRole::Manager, u"manager", QT_TRANSLATE_NOOP("Vocabulary", "Manager")},
    Word<UserRole>{UserRole::Admin, u"admin", QT_TRANSLATE_NOOP("Vocabulary", "Admin")},
};

template<typename Enum> constexpr const auto& table()
{
    if constexpr (std::is_same_v<Enum, CustomerKind>)
        return kinds;
    else if constexpr (std::is_same_v<Enum, CustomerStatus>)
        return statuses;
    else if constexpr (std::is_same_v<Enum, Language>)
        return languages;
    else if constexpr (std::is_same_v<Enum, AddressKind>)
        return addressKinds;
    else if constexpr (std::is_same_v<Enum, ChannelKind>)
        return channelKinds;
    else if constexpr (std::is_same_v<Enum, RelationshipStatus>)
        return relationshipStatuses;
    else if constexpr (std::is_same_v<Enum, TimelineKind>)
        return timelineKinds;
    else
        return roles;
}

template<typename Enum> const Word<Enum>& word(Enum value)
{
    for (const auto& w : table<Enum>()) {
        if (w.value == value)
            return w;
    }
    return table<Enum>().front();
}

template<typename Enum> QString codeOf(Enum value)
{
    return QString::fromUtf16(word(value).code);
}

template<typename Enum> QString displayOf(Enum value)
{
    return QCoreApplication::translate("Vocabulary", word(value).display);
}

} // namespace

template<typename Enum> std::optional<Enum> fromCode(const QString& code)
{
    for (const auto& w : table<Enum>()) {
        if (code == QStringView(w.code))
            return w.value;
    }
    return std::nullopt;
}

template<typename Enum> QList<Enum> allValues()
{
    QList<Enum> values;
    for (const auto& w : table<Enum>())
        values.append(w.value);
    return values;
}

#define LUOTSI_VOCABULARY(Enum)                                                                    \
    QString code(Enum value)                                                                       \
    {                                                                                              \
        return codeOf(value);                                                                      \
    }                                                                                              \
    QString displayName(Enum value)                                                                \
    {                                                                                              \
        return displayOf(value);                                                                   \
    }                                                                                              \
    template std::optional<Enum> fromCode<Enum>(const QString&);                                   \
    template QList<Enum> allValues<Enum>();

LUOTSI_VOCABULARY(CustomerKind)
LUOTSI_VOCABULARY(CustomerStatus)
LUOTSI_VOCABULARY(Language)
LUOTSI_VOCABULARY(AddressKind)
LUOTSI_VOCABULARY(ChannelKind)
LUOTSI_VOCABULARY(RelationshipStatus)
LUOTSI_VOCABULARY(TimelineKind)
LUOTSI_VOCABULARY(UserRole)

#undef LUOTSI_VOCABULARY

} // namespace luotsi::core::vocabulary

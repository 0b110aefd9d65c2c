#pragma once

#include "Customer.h"

#include <QList>
#include <QString>

#include <optional>

// The register's enumerations as stored codes (the database's words, never translated) and as
// display names (translated, for the card, the list and luotsi-admin).
namespace luotsi::core::vocabulary {

QString code(CustomerKind value);
QString code(CustomerStatus value);
QString code(Language value);
QString code(AddressKind value);
QString code(ChannelKind value);
QString code(RelationshipStatus value);
QString code(TimelineKind value);
QString code(UserRole value);

template<typename Enum> std::optional<Enum> fromCode(const QString& code);

QString displayName(CustomerKind value);
QString displayName(CustomerStatus value);
QString displayName(Language value);
QString displayName(AddressKind value);
QString displayName(ChannelKind value);
QString displayName(RelationshipStatus value);
QString displayName(TimelineKind value);
QString displayName(UserRole value);

template<typename Enum> QList<Enum> allValues();

} // namespace luotsi::core::vocabulary

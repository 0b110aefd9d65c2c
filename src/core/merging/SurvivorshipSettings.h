#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace luotsi::core::merging {

// Which sources an admin trusts, per field, when the survivorship rules pick a field's value
// from several duplicates. Saved as JSON:
// { "defaultPriority": ["YTJ"], "sourcePriority": { "business_id": ["YTJ", "Enterprise"] } }
// Names are source systems as imports record them; the name "@user" stands for a user's edit
// in the card. A user's edit ranks first unless a list places "@user" elsewhere. Sources a
// list leaves out rank after those it names. Keys left out keep their defaults.
struct SurvivorshipSettings
{
    static QString userEdit() { return QStringLiteral("@user"); }

    QStringList defaultPriority; // fields without their own list
    // Field code -> most trusted first. The Business Information System (YTJ) is the
    // authority on a company's name and business ID.
    QHash<QString, QStringList> sourcePriority{
        {QStringLiteral("name"), {QStringLiteral("YTJ")}},
        {QStringLiteral("business_id"), {QStringLiteral("YTJ")}}};

    // The list that applies to a field code.
    QStringList priorityFor(const QString& field) const;
    // The rank of a source for a field, lower is more trusted. sourceSystem is empty for a
    // user's edit (userEdited) or for a value of unknown origin.
    int rank(const QString& field, const QString& sourceSystem, bool userEdited) const;

    QByteArray toJson() const;
    static Result<SurvivorshipSettings> fromJson(const QByteArray& json, const QString& where = {});
    static Result<SurvivorshipSettings> load(const QString& path);
    Status save(const QString& path) const;

    bool operator==(const SurvivorshipSettings&) const = default;
};

} // namespace luotsi::core::merging

#pragma once

#include "MergePlan.h"
#include "SurvivorshipSettings.h"
#include "core/provenance/FieldSource.h"
#include "core/register/Customer.h"

#include <QList>

namespace luotsi::core::merging {

// One customer of a merge as the rules see it: its data and where its fields' values came from
// (its field_sources rows).
struct MergeCandidate
{
    Customer customer;
    QList<FieldSource> sources;

    // The row for a field_sources code, if any.
    const FieldSource* sourceOf(const QString& field) const;
};

// The survivorship defaults a merge proposes; the admin may override every choice.
// - Survivor: the most complete record (filled fields plus child rows), ties to the oldest.
// - Each field: a value beats no value, a normally written one one in capitals or lower case;
//   then the more trusted source (SurvivorshipSettings); then
//   the more recent change (the field's changed_at, else the record's); then the survivor's own.
//   When the survivor already holds the winning value it keeps its own (nothing to copy).
class SurvivorshipRules final
{
public:
    explicit SurvivorshipRules(SurvivorshipSettings settings = {});

    static int completeness(const Customer& customer);
    static qint64 survivor(const QList<MergeCandidate>& candidates);
    qint64 valueFrom(const QString& code, const QList<MergeCandidate>& candidates,
                     qint64 survivorId) const;
    // The survivor, the others as members, and every field's source.
    MergePlan propose(const QList<MergeCandidate>& candidates) const;

private:
    SurvivorshipSettings m_settings;
};

} // namespace luotsi::core::merging

#pragma once

#include "Rule.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace luotsi::core::segments {

// True when the user interface speaks Finnish (or anything but English): segments, segmentations
// and channels carry their names in both languages as data.
bool preferFinnish();

// A named set of segments: one cut of the customer base (DOMAIN.md: the slide-17 segments, the
// growth / loyal / basic cut). The primary one is what the list, the card and the report show.
struct Segmentation
{
    qint64 id = 0;
    QString code;
    QString nameFi;
    QString nameEn;
    bool primary = false;
    int position = 0;

    QString name() const; // in the interface language, the Finnish one when the other is empty
    bool operator==(const Segmentation&) const = default;
};

struct Segment
{
    qint64 id = 0;
    qint64 segmentationId = 0;
    QString code;
    QString nameFi;
    QString nameEn;
    QString descriptionFi;
    QString descriptionEn;
    QString colour = QStringLiteral("#808080"); // #rrggbb
    int position = 0;                           // display order
    int priority = 0;                           // evaluation order, lowest first
    bool active = true;
    bool accountPlanRequired = false;
    Rule rule; // empty: holds for everyone

    QString name() const;
    QString description() const;
    bool operator==(const Segment&) const = default;
};

// A channel of the care model (DOMAIN.md: top management, events, store, direct marketing, WWW,
// field sales, service and project sales, contact centre).
struct CareChannel
{
    qint64 id = 0;
    QString code;
    QString nameFi;
    QString nameEn;
    int position = 0;

    QString name() const;
    bool operator==(const CareChannel&) const = default;
};

// One cell of the care model: how a channel serves a segment. Empty role: the channel is not used.
struct CareCell
{
    qint64 segmentId = 0;
    qint64 channelId = 0;
    QString role;
    QString rhythm; // "Neljännesvuosittain", "2 kertaa vuodessa"

    bool operator==(const CareCell&) const = default;
};

// A manager's target for a segment in a period: for the whole group (companyId 0, businessArea
// empty), one group company, or one business area.
struct SegmentTarget
{
    qint64 id = 0;
    qint64 segmentId = 0;
    QString period; // "2027" or "2027-Q1"
    qint64 companyId = 0;
    QString businessArea;
    std::optional<int> customers;
    std::optional<double> revenue;

    bool operator==(const SegmentTarget&) const = default;
};

} // namespace luotsi::core::segments

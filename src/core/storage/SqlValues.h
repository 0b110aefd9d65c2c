#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How the register writes dates and times as text, the same in every SQL dialect:
// dates "2007-02-01", timestamps "2026-11-23T09:30:00Z" (UTC). Both sort as text.
namespace luotsi::storage::sqlvalues {

inline QString fromDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QDate toDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString fromTimestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

inline QDateTime toTimestamp(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// The time as a read gives it back: whole seconds, UTC. Writes return their timestamps through
// this so that the value a save returns equals the one a later load reads.
inline QDateTime asStored(const QDateTime& time)
{
    return time.isValid() ? toTimestamp(fromTimestamp(time)) : time;
}

inline QDateTime now()
{
    return asStored(QDateTime::currentDateTimeUtc());
}

// NULL for 0, so that an unset reference satisfies its foreign key.
inline QVariant fromId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace luotsi::storage::sqlvalues

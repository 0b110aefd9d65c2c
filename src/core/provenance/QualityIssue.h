#pragma once

#include <QtGlobal>

#include <array>

namespace luotsi::core {

// Data-quality problems the customer list can filter by and the register counts. What each one
// means in the data is written once, in storage::DataQualityRepository::condition().
enum class QualityIssue
{
    MissingBusinessId, // an organisation (not a person) without a business ID
    InvalidEmail,      // an own email address or a contact's that is not an address
    InvalidPhone,      // an own phone number or a contact's that is not in E.164 form
    MissingOwner,      // nobody in the group is responsible for the customer
    PendingDuplicate   // in a duplicate group that waits for a decision (pending or later)
};

inline constexpr std::array<QualityIssue, 5> allQualityIssues{
    QualityIssue::MissingBusinessId, QualityIssue::InvalidEmail, QualityIssue::InvalidPhone,
    QualityIssue::MissingOwner, QualityIssue::PendingDuplicate};

// How many customers the register has and how many of them have each issue (a customer with two
// issues counts under both).
struct QualityCounts
{
    qint64 customers = 0;
    std::array<qint64, allQualityIssues.size()> issues{};

    qint64 of(QualityIssue issue) const { return issues.at(size_t(issue)); }
    qint64& of(QualityIssue issue) { return issues.at(size_t(issue)); }
    bool operator==(const QualityCounts&) const = default;
};

} // namespace luotsi::core

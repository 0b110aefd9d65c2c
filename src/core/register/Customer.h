#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace luotsi::core {

enum class CustomerKind
{
    Company,
    Parish,
    ParishUnion,
    Association,
    PublicBody,
    Person
};
enum class CustomerStatus
{
    Prospect,
    Active,
    Former
};
enum class Language
{
    Finnish,
    Swedish,
    English
};
enum class AddressKind
{
    Visiting,
    Postal,
    Billing
};
enum class ChannelKind
{
    Phone,
    Email,
    Web
};
enum class RelationshipStatus
{
    Prospect,
    Active,
    Ended
};
enum class TimelineKind
{
    Note,
    Call,
    Meeting,
    Email
};
enum class UserRole
{
    AccountManager,
    Manager,
    Admin
};

// A contact person of an organisation.
struct Contact
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString title;
    QString role;
    QString phone;
    QString email;

    QString fullName() const;
    bool operator==(const Contact&) const = default;
};

struct Address
{
    qint64 id = 0;
    AddressKind kind = AddressKind::Visiting;
    QString street;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FI");

    bool operator==(const Address&) const = default;
};

// One of the customer's own phone numbers, email addresses or web sites.
struct ContactChannel
{
    qint64 id = 0;
    ChannelKind kind = ChannelKind::Phone;
    QString value;
    QString label;

    bool operator==(const ContactChannel&) const = default;
};

// The customer's relationship with one group company (asiakkuus).
struct Relationship
{
    qint64 id = 0;
    qint64 companyId = 0;
    QDate since;
    QString customerNumber;
    RelationshipStatus status = RelationshipStatus::Active;

    bool operator==(const Relationship&) const = default;
};

// Where a record came from: the legacy system and the key it had there.
struct SourceKey
{
    qint64 id = 0;
    QString sourceSystem;
    QString key;
    qint64 batchId = 0; // the import batch it arrived with; 0 when entered by hand

    bool operator==(const SourceKey&) const = default;
};

// The customer aggregate: everything the card edits and saves in one transaction.
struct Customer
{
    qint64 id = 0;
    QString name;
    QString businessId;
    CustomerKind kind = CustomerKind::Company;
    Language language = Language::Finnish;
    CustomerStatus status = CustomerStatus::Active;
    qint64 ownerId = 0;  // 0: no owner
    qint64 parentId = 0; // 0: no parent
    QString notes;
    QDateTime createdAt;
    QDateTime changedAt;

    QList<Contact> contacts;
    QList<Address> addresses;
    QList<ContactChannel> channels;
    QList<Relationship> relationships;
    QList<SourceKey> sourceKeys;

    bool isOrganisation() const { return kind != CustomerKind::Person; }
    // Forgets the ids of the customer and of every child row: the same data as a new record.
    void clearIds();
    // The city the list shows: the visiting address's, else the first address's.
    QString mainCity() const;
    bool operator==(const Customer&) const = default;
};

struct TimelineEntry
{
    qint64 id = 0;
    qint64 customerId = 0;
    TimelineKind kind = TimelineKind::Note;
    QDateTime occurredAt;
    qint64 authorId = 0;
    QString authorName; // filled when read
    QString subject;
    QString body;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime changedAt;
    QString userName;
    qint64 customerId = 0;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QString field;
    QString oldValue;
    QString newValue;
};

struct GroupCompany
{
    qint64 id = 0;
    QString code;
    QString name;
    QString businessArea;
};

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    UserRole role = UserRole::AccountManager;
    QString email;
    bool active = true;
};

// A short reference to a customer, for hierarchy, search results and recent lists.
struct CustomerRef
{
    qint64 id = 0;
    QString name;
    QString businessId;
    QString city;
    CustomerKind kind = CustomerKind::Company;
};

} // namespace luotsi::core

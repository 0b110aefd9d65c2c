#include "core/register/CustomerValidator.h"

#include <gtest/gtest.h>

using namespace luotsi::core;

namespace {

Customer company()
{
    Customer c;
    c.name = QStringLiteral("Kesko Oyj");
    c.businessId = QStringLiteral("0109862-8");
    return c;
}

QStringList errorFields(const Customer& customer)
{
    QStringList fields;
    for (const auto& issue : CustomerValidator::validate(customer)) {
        if (issue.severity == ValidationIssue::Severity::Error)
            fields.append(issue.field);
    }
    return fields;
}

} // namespace

TEST(CustomerValidator, NormalisesWhatLegacyFilesAndPeopleType)
{
    Customer c = company();
    c.name = QStringLiteral("  Kesko   Oyj ");
    c.businessId = QStringLiteral("FI01098628");
    c.contacts.append({0,
                       QStringLiteral("Matti"),
                       QStringLiteral("Meikäläinen"),
                       {},
                       {},
                       QStringLiteral("040 123 4567"),
                       QStringLiteral("Matti.M@KESKO.FI")});
    c.addresses.append({0, AddressKind::Visiting, QStringLiteral("Työpajankatu 12"),
                        QStringLiteral("510"), QStringLiteral("Helsinki"), QStringLiteral("fi")});
    c.channels.append({0, ChannelKind::Phone, QStringLiteral("(09) 1234 5678"), {}});

    const Customer n = CustomerValidator::normalized(c);
    EXPECT_EQ(n.name, QStringLiteral("Kesko Oyj"));
    EXPECT_EQ(n.businessId, QStringLiteral("0109862-8"));
    EXPECT_EQ(n.contacts.at(0).phone, QStringLiteral("+358401234567"));
    EXPECT_EQ(n.contacts.at(0).email, QStringLiteral("Matti.M@kesko.fi"));
    EXPECT_EQ(n.addresses.at(0).postalCode, QStringLiteral("00510"));
    EXPECT_EQ(n.addresses.at(0).country, QStringLiteral("FI"));
    EXPECT_EQ(n.channels.at(0).value, QStringLiteral("+358912345678"));
    EXPECT_TRUE(errorFields(n).isEmpty()) << errorFields(n).join(u',').toStdString();
}

TEST(CustomerValidator, NamesTheFieldOfEveryError)
{
    Customer c = company();
    c.businessId = QStringLiteral("0109862-7");
    c.contacts.append({0,
                       QStringLiteral("Liisa"),
                       QStringLiteral("Ö"),
                       {},
                       {},
                       QStringLiteral("12"),
                       QStringLiteral("liisa@kesko")});
    c.addresses.append({0, AddressKind::Postal, QStringLiteral("PL 1"), QStringLiteral("1234567"),
                        QStringLiteral("Espoo"), QStringLiteral("FI")});
    c.channels.append({0, ChannelKind::Email, QStringLiteral("info at kesko.fi"), {}});

    const QStringList fields = errorFields(CustomerValidator::normalized(c));
    EXPECT_EQ(
        fields,
        (QStringList{QStringLiteral("businessId"), QStringLiteral("contacts[0].email"),
                     QStringLiteral("contacts[0].phone"), QStringLiteral("addresses[0].postalCode"),
                     QStringLiteral("channels[0].value")}));
}

TEST(CustomerValidator, NameIsRequiredAndCompanyWithoutIdIsOnlyAWarning)
{
    Customer c;
    EXPECT_EQ(errorFields(c), QStringList{QStringLiteral("name")});
    c.name = QStringLiteral("Pikkufirma Tmi");
    const auto issues = CustomerValidator::validate(c);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.at(0).severity, ValidationIssue::Severity::Warning);
    EXPECT_FALSE(CustomerValidator::hasErrors(issues));
}

TEST(CustomerValidator, EmailSyntax)
{
    Customer c = company();
    for (const char* bad : {"matti@", "@kesko.fi", "matti@@kesko.fi", "matti virtanen@kesko.fi",
                            "matti@kesko..fi", "matti@kesko.f"}) {
        c.channels = {{0, ChannelKind::Email, QString::fromUtf8(bad), {}}};
        EXPECT_EQ(errorFields(c), QStringList{QStringLiteral("channels[0].value")}) << bad;
    }
    for (const char* good : {"matti.virtanen@kesko.fi", "m+crm@sub.kesko.fi", "jörö@örö.fi"}) {
        c.channels = {{0, ChannelKind::Email, QString::fromUtf8(good), {}}};
        EXPECT_TRUE(errorFields(c).isEmpty()) << good;
    }
}

TEST(CustomerValidator, DuplicateGroupCompanyIsAnError)
{
    Customer c = company();
    c.relationships = {{0, 1, {}, QStringLiteral("A1"), RelationshipStatus::Active},
                       {0, 1, {}, QStringLiteral("A2"), RelationshipStatus::Active}};
    EXPECT_EQ(errorFields(c), QStringList{QStringLiteral("relationships[1].companyId")});
}

#include "core/register/CustomerDiff.h"

#include <gtest/gtest.h>

using namespace luotsi::core;
using Action = FieldChange::Action;

TEST(CustomerDiff, FieldChangesAndChildInsertUpdateDelete)
{
    Customer before;
    before.id = 7;
    before.name = QStringLiteral("Vanha Oy");
    before.contacts = {{1, QStringLiteral("Anna"), QStringLiteral("Aho"), {}, {}, {}, {}},
                       {2, QStringLiteral("Pekka"), QStringLiteral("Puu"), {}, {}, {}, {}}};
    Customer after = before;
    after.name = QStringLiteral("Uusi Oy");
    after.contacts[0].title = QStringLiteral("toimitusjohtaja");
    after.contacts.removeAt(1);
    after.contacts.append({3, QStringLiteral("Liisa"), QStringLiteral("Laine"), {}, {}, {}, {}});

    const QList<FieldChange> changes = CustomerDiff::between(before, after);
    const QList<FieldChange> expected{
        {QStringLiteral("customer"), 7, Action::Update, QStringLiteral("name"),
         QStringLiteral("Vanha Oy"), QStringLiteral("Uusi Oy")},
        {QStringLiteral("contact"),
         1,
         Action::Update,
         QStringLiteral("title"),
         {},
         QStringLiteral("toimitusjohtaja")},
        {QStringLiteral("contact"), 2, Action::Delete, {}, QStringLiteral("Pekka, Puu"), {}},
        {QStringLiteral("contact"), 3, Action::Insert, {}, {}, QStringLiteral("Liisa, Laine")},
    };
    EXPECT_EQ(changes, expected);
}

TEST(CustomerDiff, NoChangeNoEntries)
{
    Customer c;
    c.id = 1;
    c.name = QStringLiteral("Sama Oy");
    c.addresses = {{4, AddressKind::Postal, QStringLiteral("PL 5"), QStringLiteral("00100"),
                    QStringLiteral("Helsinki"), QStringLiteral("FI")}};
    EXPECT_TRUE(CustomerDiff::between(c, c).isEmpty());
}

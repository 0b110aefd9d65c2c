#include "RegisterModule.h"

#include "CustomersPage.h"
#include "card/BasicDataSection.h"
#include "card/ChildListSection.h"
#include "card/HierarchySection.h"
#include "card/HistorySection.h"
#include "card/ProvenanceSection.h"
#include "card/SegmentSection.h"
#include "card/TimelineSection.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"
#include "shell/ModuleRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace luotsi::gui {

using namespace luotsi::core;

namespace {

// The sections' texts share the card's translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCard)
};

template<typename Enum> QList<QPair<QString, QVariant>> enumChoices()
{
    QList<QPair<QString, QVariant>> choices;
    for (const Enum value : vocabulary::allValues<Enum>())
        choices.append({vocabulary::displayName(value), vocabulary::code(value)});
    return choices;
}

template<typename T, typename Enum>
ChildColumn<T> enumColumn(const QString& header, const QString& field, Enum T::*member)
{
    return {header, field,
            [member](const T& item) -> QVariant { return vocabulary::code(item.*member); },
            [member](T& item, const QVariant& value) {
                item.*member = vocabulary::fromCode<Enum>(value.toString()).value_or(item.*member);
            },
            enumChoices<Enum>()};
}

template<typename T>
ChildColumn<T> textColumn(const QString& header, const QString& field, QString T::*member)
{
    return {header,
            field,
            [member](const T& item) -> QVariant { return item.*member; },
            [member](T& item, const QVariant& value) { item.*member = value.toString(); },
            {}};
}

CardSection* contactsSection(CardContext& context, QWidget* parent)
{
    QList<ChildColumn<Contact>> columns{
        textColumn(Texts::tr("First name"), QStringLiteral("firstName"), &Contact::firstName),
        textColumn(Texts::tr("Last name"), QStringLiteral("lastName"), &Contact::lastName),
        textColumn(Texts::tr("Title"), QStringLiteral("title"), &Contact::title),
        textColumn(Texts::tr("Role"), QStringLiteral("role"), &Contact::role),
        textColumn(Texts::tr("Phone"), QStringLiteral("phone"), &Contact::phone),
        textColumn(Texts::tr("Email"), QStringLiteral("email"), &Contact::email),
    };
    return new ChildListSection<Contact>(context, Texts::tr("Contact persons"),
                                         QStringLiteral("contactsSection"), &Customer::contacts,
                                         QStringLiteral("contacts"), columns, Contact{}, parent);
}

CardSection* addressesSection(CardContext& context, QWidget* parent)
{
    QList<ChildColumn<Address>> columns{
        enumColumn(Texts::tr("Kind"), QStringLiteral("kind"), &Address::kind),
        textColumn(Texts::tr("Street"), QStringLiteral("street"), &Address::street),
        textColumn(Texts::tr("Postal code"), QStringLiteral("postalCode"), &Address::postalCode),
        textColumn(Texts::tr("City"), QStringLiteral("city"), &Address::city),
        textColumn(Texts::tr("Country"), QStringLiteral("country"), &Address::country),
    };
    return new ChildListSection<Address>(context, Texts::tr("Addresses"),
                                         QStringLiteral("addressesSection"), &Customer::addresses,
                                         QStringLiteral("addresses"), columns, Address{}, parent);
}

CardSection* channelsSection(CardContext& context, QWidget* parent)
{
    QList<ChildColumn<ContactChannel>> columns{
        enumColumn(Texts::tr("Kind"), QStringLiteral("kind"), &ContactChannel::kind),
        textColumn(Texts::tr("Number or address"), QStringLiteral("value"), &ContactChannel::value),
        textColumn(Texts::tr("Label"), QStringLiteral("label"), &ContactChannel::label),
    };
    return new ChildListSection<ContactChannel>(
        context, Texts::tr("Phone, email, web"), QStringLiteral("channelsSection"),
        &Customer::channels, QStringLiteral("channels"), columns, ContactChannel{}, parent);
}

CardSection* relationshipsSection(CardContext& context, QWidget* parent)
{
    QList<QPair<QString, QVariant>> companies;
    if (const auto list = context.service.groupCompanies()) {
        for (const GroupCompany& company : *list)
            companies.append({company.name, company.id});
    }
    QList<ChildColumn<Relationship>> columns{
        {Texts::tr("Group company"), QStringLiteral("companyId"),
         [](const Relationship& r) -> QVariant { return r.companyId; },
         [](Relationship& r, const QVariant& v) { r.companyId = v.toLongLong(); }, companies},
        {Texts::tr("Customer since"),
         QStringLiteral("since"),
         [](const Relationship& r) -> QVariant { return r.since; },
         [](Relationship& r, const QVariant& v) { r.since = v.toDate(); },
         {}},
        textColumn(Texts::tr("Customer number"), QStringLiteral("customerNumber"),
                   &Relationship::customerNumber),
        enumColumn(Texts::tr("Status"), QStringLiteral("status"), &Relationship::status),
    };
    Relationship fresh;
    fresh.since = QDate::currentDate();
    if (!companies.isEmpty())
        fresh.companyId = companies.first().second.toLongLong();
    return new ChildListSection<Relationship>(
        context, Texts::tr("Relationships"), QStringLiteral("relationshipsSection"),
        &Customer::relationships, QStringLiteral("relationships"), columns, fresh, parent);
}

CardSection* sourceKeysSection(CardContext& context, QWidget* parent)
{
    QList<ChildColumn<SourceKey>> columns{
        textColumn(Texts::tr("Source system"), QStringLiteral("sourceSystem"),
                   &SourceKey::sourceSystem),
        textColumn(Texts::tr("Key in the source"), QStringLiteral("key"), &SourceKey::key),
    };
    return new ChildListSection<SourceKey>(
        context, Texts::tr("Source keys"), QStringLiteral("sourceKeysSection"),
        &Customer::sourceKeys, QStringLiteral("sourceKeys"), columns, SourceKey{}, parent);
}

} // namespace

void registerRegisterModule(ModuleRegistry& registry)
{
    registry.addModule({QStringLiteral("customers"),
                        [] { return QCoreApplication::translate("MainWindow", "Customers"); },
                        QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon), 0,
                        [](ModuleContext& context, QWidget* parent) -> QWidget* {
                            return new CustomersPage(context.workspace, context.settings,
                                                     *context.registry, parent);
                        }});

    registry.addCardSection(
        {QStringLiteral("basic"), 0,
         [](CardContext& c, QWidget* p) -> CardSection* { return new BasicDataSection(c, p); }});
    // Right after the basic data: "how do I serve this customer?" comes before the details.
    registry.addCardSection(
        {QStringLiteral("segment"), 5,
         [](CardContext& c, QWidget* p) -> CardSection* { return new SegmentSection(c, p); }});
    registry.addCardSection({QStringLiteral("contacts"), 10, contactsSection});
    registry.addCardSection({QStringLiteral("channels"), 20, channelsSection});
    registry.addCardSection({QStringLiteral("addresses"), 30, addressesSection});
    registry.addCardSection({QStringLiteral("relationships"), 40, relationshipsSection});
    registry.addCardSection(
        {QStringLiteral("hierarchy"), 50,
         [](CardContext& c, QWidget* p) -> CardSection* { return new HierarchySection(c, p); }});
    registry.addCardSection(
        {QStringLiteral("timeline"), 60,
         [](CardContext& c, QWidget* p) -> CardSection* { return new TimelineSection(c, p); }});
    registry.addCardSection({QStringLiteral("sourceKeys"), 80, sourceKeysSection});
    registry.addCardSection(
        {QStringLiteral("history"), 90,
         [](CardContext& c, QWidget* p) -> CardSection* { return new HistorySection(c, p); }});
    registry.addCardSection(
        {QStringLiteral("provenance"), 95,
         [](CardContext& c, QWidget* p) -> CardSection* { return new ProvenanceSection(c, p); }});
}

} // namespace luotsi::gui

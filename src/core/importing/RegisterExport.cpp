#include "RegisterExport.h"

#include "core/Workspace.h"
#include "core/importing/writers/TableWriter.h"
#include "core/register/CustomerJson.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"

#include <QCoreApplication>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)
};

constexpr int pageSize = 500;

// The export's columns; fields() says what each becomes when the file is imported again.
const char* const columnHeaders[] = {
    QT_TRANSLATE_NOOP("RegisterExport", "Luotsi number"),
    QT_TRANSLATE_NOOP("RegisterExport", "Name"),
    QT_TRANSLATE_NOOP("RegisterExport", "Business ID"),
    QT_TRANSLATE_NOOP("RegisterExport", "Kind"),
    QT_TRANSLATE_NOOP("RegisterExport", "Status"),
    QT_TRANSLATE_NOOP("RegisterExport", "Street address"),
    QT_TRANSLATE_NOOP("RegisterExport", "Postal code"),
    QT_TRANSLATE_NOOP("RegisterExport", "City"),
    QT_TRANSLATE_NOOP("RegisterExport", "Phone"),
    QT_TRANSLATE_NOOP("RegisterExport", "Email"),
    QT_TRANSLATE_NOOP("RegisterExport", "Web site"),
    QT_TRANSLATE_NOOP("RegisterExport", "Contact person"),
    QT_TRANSLATE_NOOP("RegisterExport", "Contact's title"),
    QT_TRANSLATE_NOOP("RegisterExport", "Notes"),
    QT_TRANSLATE_NOOP("RegisterExport", "Version"),
};

QString firstChannel(const Customer& c, ChannelKind kind)
{
    for (const ContactChannel& channel : c.channels) {
        if (channel.kind == kind)
            return channel.value;
    }
    return {};
}

QList<TableValue> rowOf(const Customer& c)
{
    const Address address = c.addresses.isEmpty() ? Address{} : c.addresses.first();
    const Contact contact = c.contacts.isEmpty() ? Contact{} : c.contacts.first();
    return {TableValue(QString::number(c.id)),
            TableValue(c.name),
            TableValue(c.businessId),
            TableValue(vocabulary::code(c.kind)),
            TableValue(vocabulary::code(c.status)),
            TableValue(address.street),
            TableValue(address.postalCode),
            TableValue(address.city),
            TableValue(firstChannel(c, ChannelKind::Phone)),
            TableValue(firstChannel(c, ChannelKind::Email)),
            TableValue(firstChannel(c, ChannelKind::Web)),
            TableValue(contact.fullName()),
            TableValue(contact.title),
            TableValue(c.notes),
            TableValue(QString::fromLatin1(CustomerJson::fingerprint(c)))};
}

} // namespace

QString RegisterExport::luotsiSourceSystem()
{
    return QStringLiteral("Luotsi");
}

QStringList RegisterExport::headers()
{
    QStringList texts;
    for (const char* header : columnHeaders)
        texts.append(Texts::tr(header));
    return texts;
}

QStringList RegisterExport::englishHeaders()
{
    QStringList texts;
    for (const char* header : columnHeaders)
        texts.append(QString::fromLatin1(header));
    return texts;
}

QList<TargetField> RegisterExport::fields()
{
    return {TargetField::SourceKey,    TargetField::Name,   TargetField::BusinessId,
            TargetField::Kind,         TargetField::Status, TargetField::Street,
            TargetField::PostalCode,   TargetField::City,   TargetField::Phone,
            TargetField::Email,        TargetField::Web,    TargetField::ContactName,
            TargetField::ContactTitle, TargetField::Notes,  TargetField::Ignore};
}

Result<qint64> RegisterExport::write(Workspace& workspace, const CustomerQuery& query,
                                     const QString& path, const Progress& progress)
{
    return write(workspace, query, *TableWriter::forPath(path), path, progress);
}

Result<qint64> RegisterExport::write(Workspace& workspace, const CustomerQuery& query,
                                     TableWriter& writer, const QString& path,
                                     const Progress& progress)
{
    CustomerService& customers = workspace.customers();
    auto total = customers.count(query);
    if (!total)
        return total.error();
    if (auto status = writer.beginTable(Texts::tr("Customers"), headers()); !status)
        return status.error();
    qint64 done = 0;
    std::optional<RowKey> after;
    while (true) {
        auto page = customers.fetchAfter(query, after, pageSize);
        if (!page)
            return page.error();
        for (const CustomerRow& row : std::as_const(*page)) {
            auto customer = customers.load(row.id);
            if (!customer)
                return customer.error();
            if (auto status = writer.writeRow(rowOf(*customer)); !status)
                return status.error();
        }
        done += page->size();
        if (progress && !progress(done, *total))
            return Error{Texts::tr("The export was cancelled; no file was written."), path};
        if (page->size() < pageSize)
            break;
        after = RowKey{page->constLast().sortValue, page->constLast().id};
    }
    if (auto status = writer.finish(); !status)
        return status.error();
    return done;
}

} // namespace luotsi::core::importing

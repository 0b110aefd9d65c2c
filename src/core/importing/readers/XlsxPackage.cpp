#include "XlsxPackage.h"

#include "ReaderErrors.h"
#include "XmlParser.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QHash>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

// Parts that only name other parts are small; more than this is no workbook.
constexpr qint64 kSmallPartLimit = 64ll << 20;

struct Relationship
{
    QString type;
    QString target;
};

QString text(const char* value)
{
    return value == nullptr ? QString() : QString::fromUtf8(value);
}

bool typeIs(const QString& type, QLatin1String kind)
{
    return type.endsWith(QLatin1Char('/') + kind, Qt::CaseInsensitive);
}

class RelationshipsParser final : public XmlParser
{
public:
    QHash<QString, Relationship> relationships;

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name != "Relationship")
            return;
        if (text(attribute(attributes, "TargetMode"))
                .compare(QLatin1String("External"), Qt::CaseInsensitive) == 0)
            return;
        relationships.insert(
            text(attribute(attributes, "Id")),
            {text(attribute(attributes, "Type")), text(attribute(attributes, "Target"))});
    }
    void endElement(std::string_view) override {}
};

struct SheetEntry
{
    QString name;
    QString state;
    QString sheetId;
    QString relationshipId;
};

class WorkbookParser final : public XmlParser
{
public:
    QList<SheetEntry> sheets;
    bool date1904 = false;

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name == "sheet") {
            sheets.append(
                {text(attribute(attributes, "name")), text(attribute(attributes, "state")),
                 text(attribute(attributes, "sheetId")), text(attribute(attributes, "id"))});
        } else if (name == "workbookPr") {
            // Only where the attribute is: extensions (x14:workbookPr) repeat the element.
            const char* value = attribute(attributes, "date1904");
            if (value != nullptr) {
                const QString v = text(value);
                date1904 = v == QLatin1String("1") ||
                           v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            }
        }
    }
    void endElement(std::string_view) override {}
};

// Parses a part when it exists; a missing part is no error (the caller falls back).
Status parsePart(ZipArchive& zip, qint64 index, XmlParser& parser)
{
    if (index < 0)
        return {};
    if (zip.declaredSize(index) > kSmallPartLimit)
        return readerErrors::tooLarge({}, zip.name(index));
    auto entry = zip.openEntry(index);
    if (!entry)
        return entry.error();
    return parser.parse(*entry.value());
}

QString folderOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString fileOf(const QString& path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

SheetState stateFrom(const QString& state)
{
    if (state.compare(QLatin1String("hidden"), Qt::CaseInsensitive) == 0)
        return SheetState::Hidden;
    if (state.compare(QLatin1String("veryHidden"), Qt::CaseInsensitive) == 0)
        return SheetState::VeryHidden;
    return SheetState::Visible;
}

// The workbook part: what the package relationships say, else the usual places.
QString findWorkbook(ZipArchive& zip)
{
    RelationshipsParser rels;
    if (parsePart(zip, zip.find(QStringLiteral("_rels/.rels")), rels)) {
        for (const Relationship& r : std::as_const(rels.relationships)) {
            if (typeIs(r.type, QLatin1String("officeDocument"))) {
                const QString path = XlsxPackage::resolve({}, r.target);
                if (zip.find(path) >= 0)
                    return path;
            }
        }
    }
    if (zip.find(QStringLiteral("xl/workbook.xml")) >= 0)
        return QStringLiteral("xl/workbook.xml");
    const QStringList names = zip.names();
    for (const QString& name : names) {
        if (name.endsWith(QLatin1String("workbook.xml"), Qt::CaseInsensitive))
            return name;
    }
    return {};
}

} // namespace

QString XlsxPackage::resolve(const QString& folder, const QString& target)
{
    QString t = target;
    t.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList parts;
    if (!t.startsWith(QLatin1Char('/')))
        parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList steps = t.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& step : steps) {
        if (step == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (step != QLatin1String("."))
            parts.append(step);
    }
    return parts.join(QLatin1Char('/'));
}

Result<XlsxPackage> XlsxPackage::load(ZipArchive& zip)
{
    const QString workbookPath = findWorkbook(zip);
    if (workbookPath.isEmpty()) {
        if (zip.find(QStringLiteral("xl/workbook.bin")) >= 0) {
            return readerErrors::corrupt(
                {}, Texts::tr("a binary .xlsb workbook; save it as .xlsx in Excel"));
        }
        return readerErrors::corrupt({}, Texts::tr("a zip archive without an Excel workbook"));
    }
    WorkbookParser workbook;
    if (Status s = parsePart(zip, zip.find(workbookPath), workbook); !s)
        return s.error();

    const QString folder = folderOf(workbookPath);
    RelationshipsParser rels;
    const qint64 relsIndex = zip.find(
        resolve(folder, QStringLiteral("_rels/") + fileOf(workbookPath) + QStringLiteral(".rels")));
    if (Status s = parsePart(zip, relsIndex, rels); !s)
        return s.error();

    XlsxPackage package;
    package.date1904 = workbook.date1904;
    for (const Relationship& r : std::as_const(rels.relationships)) {
        if (typeIs(r.type, QLatin1String("sharedStrings")))
            package.sharedStrings = zip.find(resolve(folder, r.target));
        else if (typeIs(r.type, QLatin1String("styles")))
            package.styles = zip.find(resolve(folder, r.target));
    }
    if (package.sharedStrings < 0)
        package.sharedStrings = zip.find(resolve(folder, QStringLiteral("sharedStrings.xml")));
    if (package.styles < 0)
        package.styles = zip.find(resolve(folder, QStringLiteral("styles.xml")));

    for (qsizetype i = 0; i < workbook.sheets.size(); ++i) {
        const SheetEntry& entry = workbook.sheets.at(i);
        Sheet sheet;
        sheet.info.name = entry.name;
        sheet.info.state = stateFrom(entry.state);
        const auto rel = rels.relationships.constFind(entry.relationshipId);
        if (rel != rels.relationships.cend()) {
            // Chart, dialog and macro sheets hold no cells to import.
            if (!rel->type.isEmpty() && !typeIs(rel->type, QLatin1String("worksheet")))
                continue;
            sheet.path = resolve(folder, rel->target);
            sheet.part = zip.find(sheet.path);
        }
        for (const QString& guess : {QStringLiteral("worksheets/sheet%1.xml").arg(entry.sheetId),
                                     QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)}) {
            if (sheet.part >= 0)
                break;
            sheet.part = zip.find(resolve(folder, guess));
            if (sheet.part >= 0)
                sheet.path = resolve(folder, guess);
        }
        package.sheets.append(sheet);
    }
    return package;
}

} // namespace luotsi::core::importing

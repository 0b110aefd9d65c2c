// The readers against real-world files: every spreadsheet of ../shared/data/spreadsheets with a
// reference reading (openpyxl for .xlsx, xlrd for .xls) is read and compared sheet by sheet and
// cell by cell; broken, encrypted and fuzzed files must give errors; every CSV must read.

#include "ReaderTestSupport.h"
#include "core/importing/readers/ExcelDate.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>

using namespace luotsi::core::importing;
using namespace luotsi::test;

namespace {

// Where the reference is wrong or this reader legitimately differs. Key: "file" for a whole
// file, "file|sheet|ref" for one cell, "file|format:CODE" for the cells of one number format.
const QHash<QString, QString>& exceptions()
{
    static const QHash<QString, QString> list{
        // openpyxl leaves Excel's _x000D_ escape in a formula's cached text; Excel shows a CR.
        {QStringLiteral("sheetjs__crlf__crlf.xlsx|Sheet1|B2"),
         QStringLiteral("_x000D_ decoded (Excel shows a carriage return)")},
        // XlsxWriter's test wrote "_x005F_" escaped as _x005F_x005F_; openpyxl decodes twice.
        {QStringLiteral("xlsxwriter__shared_strings02.xlsx|Sheet1|A8"),
         QStringLiteral("_x005F_x005F_ decodes once, to _x005F_")},
        // U+FFFE and U+FFFF cannot stand in XML, so they are written escaped; openpyxl keeps the
        // escape text.
        {QStringLiteral("xlsxwriter__shared_strings03.xlsx|Sheet1|A1"),
         QStringLiteral("_xFFFE_ decoded to U+FFFE")},
        {QStringLiteral("xlsxwriter__shared_strings03.xlsx|Sheet1|A2"),
         QStringLiteral("_xFFFF_ decoded to U+FFFF")},
        // Chart, macro and dialog sheets hold no data to import: only worksheets are listed.
        {QStringLiteral("sheetjs__BlankSheetTypes.xlsm"),
         QStringLiteral("macro and dialog sheets are not listed")},
        // LibreOffice's one-letter and elapsed-only codes are dates and times to Excel (D is the
        // day, [HH] elapsed hours); openpyxl needs two letters and skips every [..], xlrd skips
        // the brackets.
        {QStringLiteral("sheetjs__LONumbers.xlsx|format:D"), QStringLiteral("day")},
        {QStringLiteral("sheetjs__LONumbers.xlsx|format:H"), QStringLiteral("hour")},
        {QStringLiteral("sheetjs__LONumbers.xlsx|format:S"), QStringLiteral("second")},
        {QStringLiteral("sheetjs__LONumbers.xlsx|format:[H]"), QStringLiteral("elapsed")},
        {QStringLiteral("sheetjs__LONumbers.xlsx|format:[HH]"), QStringLiteral("elapsed")},
        {QStringLiteral("sheetjs__LONumbers.xlsx|format:[S]"), QStringLiteral("elapsed")},
        {QStringLiteral("sheetjs__LONumbers.xlsx|format:[SS]"), QStringLiteral("elapsed")},
        {QStringLiteral("sheetjs__LONumbers.xls|format:[H]"), QStringLiteral("elapsed")},
        {QStringLiteral("sheetjs__LONumbers.xls|format:[HH]"), QStringLiteral("elapsed")},
        {QStringLiteral("sheetjs__LONumbers.xls|format:[S]"), QStringLiteral("elapsed")},
        {QStringLiteral("sheetjs__LONumbers.xls|format:[SS]"), QStringLiteral("elapsed")},
        // openpyxl finds no sheets in Strict OOXML (purl.oclc.org namespaces); Excel does.
        {QStringLiteral("poi__SimpleStrict.xlsx"), QStringLiteral("Strict OOXML is read")},
        {QStringLiteral("phpss__namespacepurl.xlsx"), QStringLiteral("Strict OOXML is read")},
    };
    return list;
}

struct Reference
{
    QString file;
    bool ok = false;
    QString epoch;
    QJsonArray sheets;
};

QString stateName(SheetState state)
{
    switch (state) {
    case SheetState::Hidden:
        return QStringLiteral("hidden");
    case SheetState::VeryHidden:
        return QStringLiteral("veryHidden");
    case SheetState::Visible:
        break;
    }
    return QStringLiteral("visible");
}

QString typeName(CellType type)
{
    static const char* names[] = {"string", "number", "bool", "datetime", "error"};
    return QString::fromLatin1(names[int(type)]);
}

// Why the reader's cell differs from the reference one; empty when they agree.
QString compareCell(const SheetCell* mine, const QJsonObject& ref, bool epoch1904)
{
    const QString type = ref.value(QStringLiteral("type")).toString();
    const QJsonValue value = ref.value(QStringLiteral("value"));
    if (mine == nullptr)
        return QStringLiteral("missing (reference %1 %2)").arg(type, value.toVariant().toString());
    const QString got = typeName(mine->type) + QLatin1Char(' ') + mine->displayText();
    auto differ = [&] {
        return QStringLiteral("reference %1 %2, read %3")
            .arg(type, value.toVariant().toString(), got);
    };
    if (type == QLatin1String("string"))
        return mine->type == CellType::String && mine->text == value.toString() ? QString()
                                                                                : differ();
    if (type == QLatin1String("error"))
        return mine->type == CellType::Error && mine->text == value.toString() ? QString()
                                                                               : differ();
    if (type == QLatin1String("bool"))
        return mine->type == CellType::Boolean && (mine->number != 0) == value.toBool() ? QString()
                                                                                        : differ();
    if (type == QLatin1String("number")) {
        const double want = value.toDouble();
        return mine->type == CellType::Number &&
                       std::fabs(mine->number - want) <= 1e-9 * std::max(1.0, std::fabs(want))
                   ? QString()
                   : differ();
    }
    if (mine->type != CellType::DateTime)
        return differ();
    constexpr double second = 1.0 / 86400.0;
    if (type == QLatin1String("datetime") || type == QLatin1String("date")) {
        // Rule, not a list: a negative serial is no date (Excel shows ####), and openpyxl,
        // xlrd and this reader each count its days differently. The type must agree.
        if (mine->number < 0)
            return {};
        const auto want = excelDate::serialFromIso(value.toString());
        return want && std::fabs(*want - mine->number) < second ? QString() : differ();
    }
    if (type == QLatin1String("time")) {
        const auto want = excelDate::serialFromIso(value.toString());
        const double fraction = mine->number - std::floor(mine->number);
        return want && std::fabs(*want - fraction) < second ? QString() : differ();
    }
    if (type == QLatin1String("duration")) {
        const double raw = mine->number - (epoch1904 ? excelDate::k1904Offset : 0.0);
        return std::fabs(raw * 86400.0 - value.toDouble()) < 1.0 ? QString() : differ();
    }
    return QStringLiteral("unknown reference type %1").arg(type);
}

// Every difference between the reader and the reference for one file.
QStringList compareFile(const QString& path, const Reference& reference)
{
    QStringList problems;
    const ReadBook book = readFile(path);
    const QString file = QFileInfo(path).fileName();
    if (!book.error.isEmpty())
        return {QStringLiteral("cannot read: %1").arg(book.error)};
    if (book.sheets.size() != reference.sheets.size()) {
        QStringList names;
        for (const ReadSheet& sheet : book.sheets)
            names.append(sheet.info.name);
        problems.append(QStringLiteral("%1 sheets (%2), reference %3")
                            .arg(book.sheets.size())
                            .arg(names.join(u','))
                            .arg(reference.sheets.size()));
        return problems;
    }
    const bool epoch1904 = reference.epoch == QLatin1String("1904");
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const ReadSheet& sheet = book.sheets.at(i);
        const QJsonObject refSheet = reference.sheets.at(i).toObject();
        const QString name = refSheet.value(QStringLiteral("name")).toString();
        if (sheet.info.name != name)
            problems.append(QStringLiteral("sheet %1 named %2").arg(name, sheet.info.name));
        if (stateName(sheet.info.state) != refSheet.value(QStringLiteral("state")).toString())
            problems.append(
                QStringLiteral("sheet %1 state %2").arg(name, stateName(sheet.info.state)));
        if (!sheet.error.isEmpty())
            problems.append(QStringLiteral("sheet %1: %2").arg(name, sheet.error));
        QHash<QString, const SheetCell*> mine;
        for (const SheetRow& row : sheet.rows) {
            for (const SheetCell& c : row.cells)
                mine.insert(SheetCell::columnName(c.column) + QString::number(row.number), &c);
        }
        const QJsonArray cells = refSheet.value(QStringLiteral("cells")).toArray();
        for (const QJsonValue& v : cells) {
            const QJsonObject ref = v.toObject();
            const QString at = ref.value(QStringLiteral("ref")).toString();
            const SheetCell* c = mine.take(at);
            // An empty string is no value to this reader.
            if (ref.value(QStringLiteral("type")).toString() == QLatin1String("string") &&
                ref.value(QStringLiteral("value")).toString().isEmpty() && c == nullptr)
                continue;
            const QString key = file + u'|' + name + u'|' + at;
            const QString problem = compareCell(c, ref, epoch1904);
            const QString format =
                file + QStringLiteral("|format:") + (c != nullptr ? c->numberFormat : QString());
            if (!problem.isEmpty() && !exceptions().contains(key) && !exceptions().contains(format))
                problems.append(key + QStringLiteral(": ") + problem);
        }
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            const QString key = file + u'|' + name + u'|' + it.key();
            if (!exceptions().contains(key))
                problems.append(key + QStringLiteral(": extra cell ") + typeName(it.value()->type) +
                                u' ' + it.value()->displayText());
        }
    }
    return problems;
}

QList<Reference> references(const QString& kind)
{
    QList<Reference> list;
    const QDir dir(sharedDir() + QStringLiteral("/data/spreadsheets/reference/") + kind);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        Reference r;
        r.file = o.value(QStringLiteral("file")).toString();
        r.ok = o.value(QStringLiteral("ok")).toBool();
        r.epoch = o.value(QStringLiteral("epoch")).toString();
        r.sheets = o.value(QStringLiteral("sheets")).toArray();
        list.append(r);
    }
    return list;
}

void compareAll(const QString& kind)
{
    if (sharedDir().isEmpty())
        GTEST_SKIP() << "../shared is not there: no reference files";
    const QList<Reference> refs = references(kind);
    ASSERT_FALSE(refs.isEmpty());
    int files = 0;
    int cells = 0;
    int failed = 0;
    for (const Reference& ref : refs) {
        if (!ref.ok)
            continue;
        const QString path = sharedDir() + QStringLiteral("/data/spreadsheets/") + ref.file;
        const QString file = QFileInfo(path).fileName();
        ++files;
        for (const QJsonValue& sheet : ref.sheets)
            cells += int(sheet.toObject().value(QStringLiteral("cells")).toArray().size());
        if (exceptions().contains(file))
            continue;
        const QStringList problems = compareFile(path, ref);
        if (!problems.isEmpty()) {
            ++failed;
            ADD_FAILURE() << s(file) << ": " << problems.size() << " differences\n  "
                          << s(problems.mid(0, 8).join(QStringLiteral("\n  ")));
        }
    }
    std::cout << "[ reference ] " << s(kind) << ": " << files << " files, " << cells
              << " reference cells, " << failed << " files differ, " << exceptions().size()
              << " listed exceptions\n";
}

} // namespace

TEST(ReferenceFilesTest, XlsxMatchesOpenpyxl)
{
    compareAll(QStringLiteral("xlsx"));
}

TEST(ReferenceFilesTest, XlsMatchesXlrd)
{
    compareAll(QStringLiteral("xls"));
}

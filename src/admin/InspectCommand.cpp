#include "InspectCommand.h"

#include "core/importing/readers/WorkbookReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace luotsi::admin {

using namespace luotsi::core::importing;
using luotsi::core::Result;
using luotsi::core::Status;

namespace {

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
    switch (type) {
    case CellType::Number:
        return QStringLiteral("number");
    case CellType::Boolean:
        return QStringLiteral("bool");
    case CellType::DateTime:
        return QStringLiteral("datetime");
    case CellType::Error:
        return QStringLiteral("error");
    case CellType::String:
        break;
    }
    return QStringLiteral("string");
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("latin1");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Automatic:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<TextEncoding> encodingFrom(const QString& name)
{
    const QString n = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    for (TextEncoding e : {TextEncoding::Automatic, TextEncoding::Utf8, TextEncoding::Windows1252,
                           TextEncoding::Latin1, TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        if (encodingName(e).remove(QLatin1Char('-')) == n)
            return e;
    }
    if (n == QLatin1String("cp1252"))
        return TextEncoding::Windows1252;
    if (n == QLatin1String("iso88591"))
        return TextEncoding::Latin1;
    return std::nullopt;
}

QString delimiterName(QChar delimiter)
{
    return delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter);
}

// One line per cell: line breaks and tabs shown as \n, \r, \t so that a cell never spans lines.
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"));
}

QJsonObject cellJson(const SheetRow& row, const SheetCell& cell)
{
    QJsonObject o;
    o.insert(QStringLiteral("ref"),
             QString(SheetCell::columnName(cell.column) + QString::number(row.number)));
    o.insert(QStringLiteral("type"), typeName(cell.type));
    switch (cell.type) {
    case CellType::Number:
        o.insert(QStringLiteral("value"), cell.number);
        break;
    case CellType::Boolean:
        o.insert(QStringLiteral("value"), cell.number != 0.0);
        break;
    case CellType::DateTime:
        o.insert(QStringLiteral("value"), cell.displayText());
        o.insert(QStringLiteral("serial"), cell.number);
        break;
    default:
        o.insert(QStringLiteral("value"), cell.text);
        break;
    }
    if (!cell.numberFormat.isEmpty())
        o.insert(QStringLiteral("number_format"), cell.numberFormat);
    return o;
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A JSON string literal, quotes and escapes included.
QString jsonString(const QString& text)
{
    const QString array =
        QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

} // namespace

QString InspectCommand::summary() const
{
    return QCoreApplication::translate(
        "luotsi-admin",
        "Show the sheets and cells of a spreadsheet or CSV file as read for import.");
}

int InspectCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "luotsi-admin",
        "Reads an .xlsx, .xls or .csv file the way an import does and prints every sheet with its "
        "state and every non-empty cell with its reference, type, value and number format."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("luotsi-admin", "The file to read."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("luotsi-admin", "Print JSON."));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"),
        QCoreApplication::translate("luotsi-admin", "Only the sheet of this name."),
        QStringLiteral("NAME"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QCoreApplication::translate(
            "luotsi-admin",
            "A CSV's encoding: auto, utf-8, windows-1252, latin1, utf-16le or utf-16be "
            "(default: auto)."),
        QStringLiteral("E"), QStringLiteral("auto"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"),
        QCoreApplication::translate(
            "luotsi-admin", "A CSV's delimiter: one character, or tab (default: detected)."),
        QStringLiteral("D"));
    parser.addOptions({jsonOption, sheetOption, encodingOption, delimiterOption});
    if (!parser.parse(arguments)) {
        console.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out << parser.helpText() << Qt::flush;
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        console.err << QCoreApplication::translate("luotsi-admin", "Name one file to inspect.")
                    << Qt::endl;
        return 2;
    }
    ReaderOptions options;
    const auto encoding = encodingFrom(parser.value(encodingOption));
    if (!encoding) {
        console.err << QCoreApplication::translate("luotsi-admin", "Unknown encoding \"%1\".")
                           .arg(parser.value(encodingOption))
                    << Qt::endl;
        return 2;
    }
    options.csvEncoding = *encoding;
    if (parser.isSet(delimiterOption)) {
        const QString d = parser.value(delimiterOption);
        if (d.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || d == QLatin1String("\\t"))
            options.csvDelimiter = QLatin1Char('\t');
        else if (d.size() == 1)
            options.csvDelimiter = d.front();
        else {
            console.err << QCoreApplication::translate(
                               "luotsi-admin",
                               "The delimiter must be one character or tab, not \"%1\".")
                               .arg(d)
                        << Qt::endl;
            return 2;
        }
    }

    const QString path = parser.positionalArguments().constFirst();
    auto opened = WorkbookReader::open(path, options);
    if (!opened) {
        console.err << opened.error().text() << Qt::endl;
        return 1;
    }
    WorkbookReader& reader = *opened.value();
    const bool asJson = parser.isSet(jsonOption);
    const QList<SheetInfo> sheets = reader.sheets();
    const QString only = parser.value(sheetOption);
    if (!only.isEmpty() && std::none_of(sheets.cbegin(), sheets.cend(),
                                        [&](const SheetInfo& s) { return s.name == only; })) {
        console.err << QCoreApplication::translate("luotsi-admin", "The file has no sheet \"%1\".")
                           .arg(only)
                    << Qt::endl;
        return 1;
    }

    QJsonObject head{{QStringLiteral("file"), path}, {QStringLiteral("format"), reader.format()}};
    if (reader.format() == QLatin1String("csv")) {
        head.insert(QStringLiteral("encoding"), encodingName(reader.encoding()));
        head.insert(QStringLiteral("delimiter"), delimiterName(reader.delimiter()));
    }
    if (asJson) {
        QString text = json(head);
        text.chop(1); // the sheets go inside the same object
        console.out << text << ",\"sheets\":[";
    } else {
        console.out << path << " (" << reader.format();
        if (reader.format() == QLatin1String("csv"))
            console.out << ", " << head.value(QStringLiteral("encoding")).toString() << ", "
                        << QCoreApplication::translate("luotsi-admin", "delimiter") << ' '
                        << head.value(QStringLiteral("delimiter")).toString();
        console.out << ")\n";
    }

    int exitCode = 0;
    bool firstSheet = true;
    for (int i = 0; i < sheets.size(); ++i) {
        const SheetInfo& sheet = sheets.at(i);
        if (!only.isEmpty() && sheet.name != only)
            continue;
        if (asJson) {
            console.out << (firstSheet ? "" : ",")
                        << json({{QStringLiteral("name"), sheet.name},
                                 {QStringLiteral("state"), stateName(sheet.state)}})
                               .chopped(1)
                        << ",\"cells\":[";
        } else {
            console.out << "\n"
                        << QCoreApplication::translate("luotsi-admin", "Sheet \"%1\" (%2)")
                               .arg(sheet.name, stateName(sheet.state))
                        << "\n";
        }
        firstSheet = false;
        QString error;
        if (Status s = reader.selectSheet(i); !s)
            error = s.error().text();
        SheetRow row;
        bool firstCell = true;
        while (error.isEmpty()) {
            const Result<bool> more = reader.nextRow(row);
            if (!more) {
                error = more.error().text();
                break;
            }
            if (!more.value())
                break;
            for (const SheetCell& cell : std::as_const(row.cells)) {
                if (asJson) {
                    console.out << (firstCell ? "" : ",") << json(cellJson(row, cell));
                } else {
                    const QString ref =
                        SheetCell::columnName(cell.column) + QString::number(row.number);
                    console.out << "  " << ref.leftJustified(8) << ' '
                                << typeName(cell.type).leftJustified(9) << ' '
                                << oneLine(cell.displayText());
                    if (!cell.numberFormat.isEmpty() &&
                        cell.numberFormat != QLatin1String("General"))
                        console.out << "  [" << oneLine(cell.numberFormat) << ']';
                    console.out << '\n';
                }
                firstCell = false;
            }
        }
        if (!error.isEmpty())
            exitCode = 1;
        if (asJson) {
            console.out << ']';
            if (!error.isEmpty())
                console.out << ",\"error\":" << jsonString(error);
            console.out << '}';
        } else if (!error.isEmpty()) {
            console.err << error << Qt::endl;
        }
    }
    if (asJson)
        console.out << "]}\n";
    console.out << Qt::flush;
    return exitCode;
}

} // namespace luotsi::admin

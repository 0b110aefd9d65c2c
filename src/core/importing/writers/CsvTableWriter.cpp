#include "CsvTableWriter.h"

#include <QCoreApplication>

#include <cmath>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
};

} // namespace

CsvTableWriter::CsvTableWriter(const QString& path, QChar delimiter, QChar decimalSeparator,
                               Encoding encoding)
    : m_path(path)
    , m_delimiter(delimiter)
    , m_decimal(decimalSeparator)
    , m_encoding(encoding)
{
    if (m_encoding == Encoding::Windows1252)
        m_encoder = std::make_unique<QStringEncoder>("windows-1252");
}

CsvTableWriter::~CsvTableWriter()
{
    if (m_file)
        m_file->cancelWriting(); // not finished: leave the target as it was
}

QString CsvTableWriter::field(const QString& text) const
{
    const bool quote = text.contains(m_delimiter) || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Status CsvTableWriter::write(const QString& line)
{
    const QByteArray bytes = m_encoder ? QByteArray(m_encoder->encode(line)) : line.toUtf8();
    if (m_encoder && m_encoder->hasError()) {
        return Error{Texts::tr("\"%1\" has a character that Windows-1252 cannot hold")
                         .arg(line.trimmed().left(60)),
                     m_path};
    }
    if (m_file->write(bytes) != bytes.size())
        return Error{Texts::tr("cannot write: %1").arg(m_file->errorString()), m_path};
    return {};
}

Status CsvTableWriter::beginTable(const QString&, const QStringList& header)
{
    if (m_file)
        return Error{Texts::tr("a CSV file holds one table only"), m_path};
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return Error{Texts::tr("cannot write: %1").arg(reason), m_path};
    }
    if (m_encoding == Encoding::Utf8WithBom) {
        if (Status s = write(QString(QChar(0xFEFF))); !s)
            return s;
    }
    QList<TableValue> names;
    for (const QString& name : header)
        names.append(name);
    return names.isEmpty() ? Status() : writeRow(names);
}

Status CsvTableWriter::writeRow(const QList<TableValue>& values)
{
    if (!m_file)
        return Error{Texts::tr("no table was begun"), m_path};
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        const TableValue& value = values.at(i);
        switch (value.kind()) {
        case TableValue::Kind::Empty:
            break;
        case TableValue::Kind::Text:
            line += field(value.text());
            break;
        case TableValue::Kind::Number: {
            const double n = value.number();
            QString text = n == std::trunc(n) && std::fabs(n) < 1e15 ? QString::number(qint64(n))
                                                                     : QString::number(n, 'g', 15);
            text.replace(QLatin1Char('.'), m_decimal);
            line += field(text);
            break;
        }
        }
    }
    line += QLatin1String("\r\n");
    ++m_rows;
    return write(line);
}

Status CsvTableWriter::finish()
{
    if (!m_file)
        return Error{Texts::tr("no table was begun"), m_path};
    const bool committed = m_file->commit();
    const QString reason = m_file->errorString();
    m_file.reset();
    if (!committed)
        return Error{Texts::tr("cannot write: %1").arg(reason), m_path};
    return {};
}

} // namespace luotsi::core::importing

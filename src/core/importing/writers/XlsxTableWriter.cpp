#include "XlsxTableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cmath>

namespace luotsi::core::importing {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
};

QString lxwText(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString& path, Strings strings)
    : m_path(path)
    , m_strings(strings)
{}

XlsxTableWriter::~XlsxTableWriter()
{
    discard();
}

void XlsxTableWriter::discard()
{
    if (m_workbook != nullptr) {
        // Closing is the only way to free the workbook; the file it writes is thrown away.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_temporaryPath.isEmpty())
        QFile::remove(m_temporaryPath);
    m_temporaryPath.clear();
    m_sheet = nullptr;
}

Status XlsxTableWriter::fail(const QString& message)
{
    discard();
    return Error{message, m_path};
}

QString XlsxTableWriter::sheetName(const QString& wanted) const
{
    QString name = wanted.trimmed();
    for (QChar& c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet%1").arg(m_sheetNames.size() + 1);
    const QString base = name;
    for (int n = 2; m_sheetNames.contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

Status XlsxTableWriter::beginTable(const QString& name, const QStringList& header)
{
    if (m_workbook == nullptr) {
        // Written beside the target under a temporary name, renamed on finish().
        QTemporaryFile reserve(QFileInfo(m_path).absoluteDir().filePath(
            QFileInfo(m_path).fileName() + QStringLiteral(".XXXXXX.part")));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return Error{Texts::tr("cannot write: %1").arg(reserve.errorString()), m_path};
        m_temporaryPath = reserve.fileName();
        reserve.close();
        lxw_workbook_options options{};
        options.constant_memory = m_strings == Strings::Inline ? LXW_TRUE : LXW_FALSE;
        options.use_zip64 = LXW_TRUE;
        m_workbook = workbook_new_opt(QFile::encodeName(m_temporaryPath).constData(), &options);
        if (m_workbook == nullptr)
            return fail(Texts::tr("cannot create the workbook"));
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
    }
    const QString sheet = sheetName(name);
    m_sheet = workbook_add_worksheet(m_workbook, sheet.toUtf8().constData());
    if (m_sheet == nullptr)
        return fail(Texts::tr("cannot add the sheet \"%1\"").arg(sheet));
    m_sheetNames.insert(sheet.toLower());
    m_row = 0;
    if (header.size() > kMaxColumns)
        return fail(Texts::tr("more than %1 columns: Excel cannot hold them").arg(kMaxColumns));
    for (qsizetype c = 0; c < header.size(); ++c) {
        const lxw_error error = worksheet_write_string(m_sheet, 0, lxw_col_t(c),
                                                       header.at(c).toUtf8().constData(), m_bold);
        if (error != LXW_NO_ERROR)
            return fail(Texts::tr("header column %1: %2").arg(c + 1).arg(lxwText(error)));
    }
    if (!header.isEmpty())
        m_row = 1;
    return {};
}

Status XlsxTableWriter::writeRow(const QList<TableValue>& values)
{
    if (m_sheet == nullptr)
        return Error{Texts::tr("no table was begun"), m_path};
    if (m_row >= kMaxRows) {
        return Error{
            Texts::tr("more than %1 rows: Excel cannot hold them; split the table").arg(kMaxRows),
            m_path};
    }
    if (values.size() > kMaxColumns)
        return Error{Texts::tr("more than %1 columns: Excel cannot hold them").arg(kMaxColumns),
                     m_path};
    for (qsizetype c = 0; c < values.size(); ++c) {
        const TableValue& value = values.at(c);
        lxw_error error = LXW_NO_ERROR;
        if (value.kind() == TableValue::Kind::Text && !value.text().isEmpty()) {
            error = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c),
                                           value.text().toUtf8().constData(), nullptr);
        } else if (value.kind() == TableValue::Kind::Number) {
            if (!std::isfinite(value.number())) {
                return Error{
                    Texts::tr("row %1, column %2: not a finite number").arg(m_row + 1).arg(c + 1),
                    m_path};
            }
            error = worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(c), value.number(),
                                           nullptr);
        }
        if (error != LXW_NO_ERROR) {
            return Error{
                Texts::tr("row %1, column %2: %3").arg(m_row + 1).arg(c + 1).arg(lxwText(error)),
                m_path};
        }
    }
    ++m_row;
    return {};
}

Status XlsxTableWriter::finish()
{
    if (m_workbook == nullptr)
        return Error{Texts::tr("no table was begun"), m_path};
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR)
        return fail(Texts::tr("cannot write: %1").arg(lxwText(error)));
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return fail(Texts::tr("cannot replace the existing file"));
    if (!QFile::rename(m_temporaryPath, m_path))
        return fail(Texts::tr("cannot move the finished file into place"));
    // The temporary name was private (owner only); the finished file is an ordinary document
    // that colleagues may open, as a file saved by Excel would be.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
    m_temporaryPath.clear();
    return {};
}

} // namespace luotsi::core::importing

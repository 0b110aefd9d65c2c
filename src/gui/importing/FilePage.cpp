#include "FilePage.h"

#include "ImportSession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

namespace {

QString encodingText(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Automatic:
        return FilePage::tr("Automatic");
    case TextEncoding::Utf8:
        return FilePage::tr("UTF-8");
    case TextEncoding::Windows1252:
        return FilePage::tr("Windows-1252 (Finnish Excel)");
    case TextEncoding::Latin1:
        return FilePage::tr("ISO-8859-1");
    case TextEncoding::Utf16LE:
        return FilePage::tr("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return FilePage::tr("UTF-16 BE");
    }
    return {};
}

QString delimiterText(QChar delimiter)
{
    if (delimiter == u';')
        return FilePage::tr("semicolon ;");
    if (delimiter == u',')
        return FilePage::tr("comma ,");
    if (delimiter == u'\t')
        return FilePage::tr("tab");
    return FilePage::tr("Automatic");
}

} // namespace

FilePage::FilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("filePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("The transfer file from the legacy system: an Excel workbook (.xlsx, .xls) or "
                   "a text file (.csv, .txt). Nothing is written to the register before the "
                   "last step."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathLineEdit"));
    m_path->setPlaceholderText(tr("Path of the file"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    for (const TextEncoding encoding :
         {TextEncoding::Automatic, TextEncoding::Utf8, TextEncoding::Windows1252,
          TextEncoding::Latin1, TextEncoding::Utf16LE, TextEncoding::Utf16BE})
        m_encoding->addItem(encodingText(encoding), int(encoding));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterComboBox"));
    for (const QChar delimiter : {QChar(), QChar(u';'), QChar(u','), QChar(u'\t')})
        m_delimiter->addItem(delimiterText(delimiter), delimiter.isNull() ? QString() : delimiter);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fileStatusLabel"));
    m_status->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    auto* csvLabel = new QLabel(tr("Text files only: how the file is written. Automatic detects "
                                   "UTF-8, Windows-1252 and UTF-16, and the delimiters ; , and "
                                   "tab."),
                                this);
    csvLabel->setWordWrap(true);
    csvLabel->setEnabled(false);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), csvLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);

    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow)))
        label->setBuddy(m_path);

    connect(m_browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &FilePage::openFile);
    // A typed or pasted path is read after a short pause, without waiting for Enter or Tab.
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(400);
    connect(m_typingPause, &QTimer::timeout, this, &FilePage::openFile);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_openedKey.clear();
        m_typingPause->start();
        emit completeChanged();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path->text().isEmpty())
            openFile();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path->text().isEmpty())
            openFile();
    });
}

void FilePage::browse()
{
    const QString start = m_path->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the file to import"), start,
        tr("Spreadsheets and text files (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    openFile();
}

void FilePage::openFile()
{
    m_typingPause->stop();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    ReaderOptions options;
    options.csvEncoding = TextEncoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    options.csvDelimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    const QString key = path + u'|' + QString::number(int(options.csvEncoding)) + u'|' + delimiter;
    if (path.isEmpty() || key == m_openedKey)
        return;

    m_error->hide();
    m_status->clear();
    m_openedKey.clear();
    if (!QFileInfo(path).isFile()) {
        m_error->setText(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        m_error->show();
        emit completeChanged();
        return;
    }
    if (const auto status = m_session.openFile(path, options); !status) {
        m_error->setText(tr("The file cannot be read: %1").arg(status.error().text()));
        m_error->show();
        emit completeChanged();
        return;
    }
    m_openedKey = key;
    const int sheets = int(m_session.sheets().size());
    const QString format = m_session.format();
    if (format == QLatin1String("csv")) {
        m_status->setText(tr("A text file: %1, fields separated by %2.")
                              .arg(encodingText(m_session.detectedEncoding()),
                                   delimiterText(m_session.detectedDelimiter())));
    } else {
        m_status->setText(
            tr("An Excel workbook (.%1) with %Ln sheet(s).", nullptr, sheets).arg(format));
    }
    emit completeChanged();
}

bool FilePage::isComplete() const
{
    return !m_openedKey.isEmpty() && m_session.isOpen();
}

bool FilePage::validatePage()
{
    openFile();
    return isComplete();
}

} // namespace luotsi::gui

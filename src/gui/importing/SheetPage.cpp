#include "SheetPage.h"

#include "ImportSession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

namespace {

QString cellToolTip(const SheetCell& cell, int rowNumber)
{
    const QString reference = SheetCell::columnName(cell.column) + QString::number(rowNumber);
    QString type;
    switch (cell.type) {
    case CellType::String:
        type = SheetPage::tr("text");
        break;
    case CellType::Number:
        type = SheetPage::tr("number");
        break;
    case CellType::Boolean:
        type = SheetPage::tr("true/false");
        break;
    case CellType::DateTime:
        type = SheetPage::tr("date");
        break;
    case CellType::Error:
        type = SheetPage::tr("error");
        break;
    }
    if (cell.numberFormat.isEmpty() || cell.numberFormat == QLatin1String("General"))
        return SheetPage::tr("%1: %2").arg(reference, type);
    return SheetPage::tr("%1: %2, number format %3").arg(reference, type, cell.numberFormat);
}

} // namespace

SheetPage::SheetPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetPage"));
    setTitle(tr("Sheet and header row"));
    setSubTitle(tr("Choose the sheet that holds the customers and the row that holds the column "
                   "headers. Rows above the header (titles, dates, blank rows) are not imported. "
                   "Click a row to make it the header row."));

    m_sheets = new QListWidget(this);
    m_sheets->setObjectName(QStringLiteral("sheetListWidget"));
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTableWidget"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
    m_preview->setWordWrap(false);

    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("headerRowSpinBox"));
    m_headerRow->setSpecialValueText(tr("no header row"));
    m_headerRow->setMinimum(0);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("headerHintLabel"));
    m_hint->setEnabled(false); // a quiet remark, not a message
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sheetErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* sheetsLabel = new QLabel(tr("&Sheets:"), left);
    sheetsLabel->setBuddy(m_sheets);
    leftLayout->addWidget(sheetsLabel);
    leftLayout->addWidget(m_sheets);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* headerRow = new QHBoxLayout;
    auto* headerLabel = new QLabel(tr("&Header row:"), right);
    headerLabel->setBuddy(m_headerRow);
    headerRow->addWidget(headerLabel);
    headerRow->addWidget(m_headerRow);
    headerRow->addWidget(m_hint, 1);
    rightLayout->addLayout(headerRow);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_error);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 800});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_sheets, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_updating && row >= 0)
            chooseSheet(row);
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (!m_updating)
            setHeaderRow(row);
    });
    connect(m_preview, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const auto* item = m_preview->verticalHeaderItem(row))
            m_headerRow->setValue(item->data(Qt::UserRole).toInt());
    });
    connect(m_preview->verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        if (const auto* item = m_preview->verticalHeaderItem(row))
            m_headerRow->setValue(item->data(Qt::UserRole).toInt());
    });
}

void SheetPage::initializePage()
{
    if (m_shownFile == m_session.filePath() && m_session.sheetIndex() >= 0)
        return; // back from a later page: keep what the admin chose
    m_shownFile = m_session.filePath();
    showSheets();
    // The first visible sheet with a few rows, as the advisor chooses.
    const QList<SheetInfo> sheets = m_session.sheets();
    int chosen = -1;
    for (int i = 0; i < int(sheets.size()) && chosen < 0; ++i) {
        if (sheets.at(i).state != SheetState::Visible)
            continue;
        if (m_session.selectSheet(i) && m_session.firstRows().size() >= 3)
            chosen = i;
    }
    if (chosen < 0)
        chosen = 0;
    m_updating = true;
    m_sheets->setCurrentRow(chosen);
    m_updating = false;
    chooseSheet(chosen);
}

void SheetPage::showSheets()
{
    m_updating = true;
    m_sheets->clear();
    for (const SheetInfo& sheet : m_session.sheets()) {
        auto* item = new QListWidgetItem(m_sheets);
        if (sheet.state == SheetState::Visible) {
            item->setText(sheet.name);
        } else {
            item->setText(tr("%1 (hidden)").arg(sheet.name));
            item->setForeground(m_sheets->palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Excel hides this sheet; it usually holds code lists, not "
                                "customers."));
        }
    }
    m_updating = false;
}

void SheetPage::chooseSheet(int index)
{
    m_error->hide();
    if (const auto status = m_session.selectSheet(index); !status) {
        m_error->setText(tr("The sheet cannot be read: %1").arg(status.error().text()));
        m_error->show();
    } else if (m_session.firstRows().isEmpty()) {
        m_error->setText(tr("The sheet is empty."));
        m_error->show();
    }
    fillPreview();
    m_updating = true;
    const int last = m_session.firstRows().isEmpty() ? 0 : m_session.firstRows().last().number;
    m_headerRow->setMaximum(qMax(1, last));
    m_headerRow->setValue(m_session.headerRow());
    m_updating = false;
    const int suggested = m_session.suggestedHeaderRow();
    m_hint->setText(suggested > 0 ? tr("Suggested: row %1").arg(suggested)
                                  : tr("Suggested: no header row (the first row is data)"));
    markHeaderRow();
    emit completeChanged();
}

void SheetPage::fillPreview()
{
    const QList<SheetRow>& rows = m_session.firstRows();
    const int shown = int(qMin<qsizetype>(rows.size(), previewRows));
    int columns = 0;
    for (int i = 0; i < shown; ++i) {
        if (!rows.at(i).cells.isEmpty())
            columns = qMax(columns, rows.at(i).cells.last().column + 1);
    }
    m_preview->clear();
    m_preview->setRowCount(shown);
    m_preview->setColumnCount(columns);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters.append(SheetCell::columnName(c));
    m_preview->setHorizontalHeaderLabels(letters);
    for (int i = 0; i < shown; ++i) {
        const SheetRow& row = rows.at(i);
        auto* number = new QTableWidgetItem(QString::number(row.number));
        number->setData(Qt::UserRole, row.number);
        m_preview->setVerticalHeaderItem(i, number);
        for (const SheetCell& cell : row.cells) {
            auto* item = new QTableWidgetItem(cell.displayText());
            item->setToolTip(cellToolTip(cell, row.number));
            if (cell.type != CellType::String)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(i, cell.column, item);
        }
    }
    // Wide enough to read a name, not so wide that one long note hides the other columns.
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, qBound(60, m_preview->columnWidth(c) + 8, 240));
}

void SheetPage::setHeaderRow(int row)
{
    m_session.setHeaderRow(row);
    markHeaderRow();
    emit completeChanged();
}

void SheetPage::markHeaderRow()
{
    // The header row bold on a quiet tint; the rows above it greyed out: they are skipped.
    const int header = m_session.headerRow();
    const QColor tint = palette().color(QPalette::Highlight).lighter(185);
    const QColor skipped = palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const int number = m_preview->verticalHeaderItem(r)->data(Qt::UserRole).toInt();
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            QTableWidgetItem* item = m_preview->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_preview->setItem(r, c, item);
            }
            QFont font = item->font();
            font.setBold(number == header);
            item->setFont(font);
            item->setBackground(number == header ? QBrush(tint) : QBrush());
            item->setForeground(number < header ? QBrush(skipped) : QBrush());
        }
        if (number == header)
            m_preview->scrollToItem(m_preview->item(r, 0), QAbstractItemView::EnsureVisible);
    }
}

bool SheetPage::isComplete() const
{
    return m_session.sheetIndex() >= 0 && !m_session.firstRows().isEmpty() &&
           m_session.columnCount() > 0;
}

} // namespace luotsi::gui

#include "CustomerListView.h"

#include "CustomerTableModel.h"
#include "card/SegmentSection.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;

namespace {

template<typename Enum> void fillEnumCombo(QComboBox* combo, const QString& anyText)
{
    combo->addItem(anyText);
    for (const Enum value : vocabulary::allValues<Enum>())
        combo->addItem(vocabulary::displayName(value), vocabulary::code(value));
}

} // namespace

CustomerListView::CustomerListView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_service(workspace.customers())
{
    CustomerService& service = m_service;
    auto* filters = new QHBoxLayout;
    auto addFilter = [&](const QString& label, QComboBox*& combo, const QString& objectName) {
        combo = new QComboBox(this);
        combo->setObjectName(objectName);
        // A moderate fixed width: adjusting to the longest group company or owner name would
        // widen the filter bar, and with it the window, past an office screen. The popup still
        // shows whole names.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(9);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(combo);
        filters->addWidget(caption);
        filters->addWidget(combo);
    };
    addFilter(tr("&Kind:"), m_kindCombo, QStringLiteral("kindFilterComboBox"));
    addFilter(tr("S&tatus:"), m_statusCombo, QStringLiteral("statusFilterComboBox"));
    addFilter(tr("Se&gment:"), m_segmentCombo, QStringLiteral("segmentFilterComboBox"));
    addFilter(tr("O&wner:"), m_ownerCombo, QStringLiteral("ownerFilterComboBox"));
    addFilter(tr("&Group company:"), m_companyCombo, QStringLiteral("companyFilterComboBox"));
    addFilter(tr("C&ity:"), m_cityCombo, QStringLiteral("cityFilterComboBox"));
    m_cityCombo->setEditable(true);
    m_cityCombo->setInsertPolicy(QComboBox::NoInsert);
    m_cityCombo->lineEdit()->setPlaceholderText(tr("All"));
    m_cityCombo->setMinimumContentsLength(10);
    filters->addStretch();
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("customerCountLabel"));
    filters->addWidget(m_countLabel);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportListButton"));
    exportButton->setToolTip(tr("Save the customers of this list, as filtered, to an Excel or CSV "
                                "file"));
    connect(exportButton, &QPushButton::clicked, this,
            [this] { emit exportRequested(m_model->query()); });
    filters->addWidget(exportButton);

    fillEnumCombo<CustomerKind>(m_kindCombo, tr("All"));
    fillEnumCombo<CustomerStatus>(m_statusCombo, tr("All"));
    reloadFilterChoices();

    m_model = new CustomerTableModel(service, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Columns as wide as their typical content, measured once from sample texts; the name
    // takes the rest.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CustomerTableModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    auto widest = [&](const QStringList& samples) {
        int width = 0;
        for (const QString& sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        return width + 2 * metrics.averageCharWidth() + 8;
    };
    QStringList kinds;
    for (const CustomerKind kind : vocabulary::allValues<CustomerKind>())
        kinds.append(vocabulary::displayName(kind));
    QStringList statuses;
    for (const CustomerStatus status : vocabulary::allValues<CustomerStatus>())
        statuses.append(vocabulary::displayName(status));
    m_table->setColumnWidth(CustomerTableModel::BusinessIdColumn,
                            widest({QStringLiteral("0000000-0")}));
    m_table->setColumnWidth(CustomerTableModel::KindColumn,
                            qMin(widest(kinds), widest({QStringLiteral("Seurakuntayhtymä")})));
    m_table->setColumnWidth(CustomerTableModel::StatusColumn, widest(statuses));
    // Room for the colour chip before the name.
    m_table->setColumnWidth(CustomerTableModel::SegmentColumn,
                            widest({QStringLiteral("Kehitä ja kasvata")}) + metrics.height());
    m_table->setColumnWidth(CustomerTableModel::CityColumn,
                            widest({QStringLiteral("Hämeenlinna-Tavastehus")}));
    m_table->setColumnWidth(CustomerTableModel::OwnerColumn,
                            widest({QStringLiteral("Johanna Laaksonen-Nurmi")}));
    m_table->setColumnWidth(
        CustomerTableModel::ChangedColumn,
        widest({QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)}));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    connect(m_table, &QTableView::activated, this, &CustomerListView::openCurrent);
    connect(m_model, &CustomerTableModel::countChanged, this, [this](qint64 count) {
        m_countLabel->setText(tr("%Ln customer(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
    });
    connect(m_model, &CustomerTableModel::loadFailed, this, &CustomerListView::statusMessage);
    for (QComboBox* combo :
         {m_kindCombo, m_statusCombo, m_ownerCombo, m_companyCombo, m_segmentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerListView::applyFilters);
    // A run or a manual segment changes rows' segments; a renamed or recoloured segment (or
    // another primary segmentation) changes the choices and every row.
    connect(&workspace.segmentation(), &segments::SegmentationService::assignmentsChanged, m_model,
            &CustomerTableModel::customersChanged);
    connect(&workspace.segmentCatalog(), &segments::SegmentCatalog::changed, this, [this] {
        reloadSegmentChoices();
        m_model->customersChanged({});
    });
    connect(m_cityCombo, &QComboBox::currentTextChanged, this, &CustomerListView::applyFilters);
    applyFilters();
}

void CustomerListView::reloadFilterChoices()
{
    const QVariant owner = m_ownerCombo->currentData();
    const QVariant company = m_companyCombo->currentData();
    const QString city = m_cityCombo->currentText();
    const QSignalBlocker blockOwner(m_ownerCombo);
    const QSignalBlocker blockCompany(m_companyCombo);
    const QSignalBlocker blockCity(m_cityCombo);

    m_ownerCombo->clear();
    m_ownerCombo->addItem(tr("All"));
    if (const auto users = m_service.users()) {
        for (const User& user : *users)
            m_ownerCombo->addItem(user.displayName, user.id);
    }
    m_companyCombo->clear();
    m_companyCombo->addItem(tr("All"));
    if (const auto companies = m_service.groupCompanies()) {
        for (const GroupCompany& company : *companies)
            m_companyCombo->addItem(company.name, company.id);
    }
    m_cityCombo->clear();
    m_cityCombo->addItem(QString());
    if (const auto cities = m_service.cities())
        m_cityCombo->addItems(*cities);

    m_ownerCombo->setCurrentIndex(qMax(0, m_ownerCombo->findData(owner)));
    m_companyCombo->setCurrentIndex(qMax(0, m_companyCombo->findData(company)));
    m_cityCombo->setCurrentText(city);
    reloadSegmentChoices();
}

void CustomerListView::reloadSegmentChoices()
{
    // The primary segmentation's segments in display order, each with its colour, then the
    // customers no run has placed yet. A choice that disappears falls back to "All".
    const QVariant chosen = m_segmentCombo->currentData();
    {
        const QSignalBlocker block(m_segmentCombo);
        m_segmentCombo->clear();
        m_segmentCombo->addItem(tr("All"));
        segments::SegmentCatalog& catalog = m_workspace.segmentCatalog();
        if (const auto primary = catalog.primarySegmentation()) {
            if (const auto list = catalog.segments(primary->id)) {
                for (const segments::Segment& segment : *list) {
                    if (segment.active)
                        m_segmentCombo->addItem(SegmentSection::chipIcon(segment.colour),
                                                segment.name(), segment.id);
                }
            }
        }
        m_segmentCombo->addItem(tr("No segment"), CustomerQuery::noSegment);
    }
    const int index = qMax(0, m_segmentCombo->findData(chosen));
    if (index != m_segmentCombo->currentIndex())
        m_segmentCombo->setCurrentIndex(index); // applies the filter
    else if (m_model && chosen.isValid() && index == 0)
        applyFilters();
}

void CustomerListView::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    applyFilters();
}

void CustomerListView::applyFilters()
{
    CustomerQuery query = m_model->query();
    query.searchText = m_searchText;
    query.kind = vocabulary::fromCode<CustomerKind>(m_kindCombo->currentData().toString());
    query.status = vocabulary::fromCode<CustomerStatus>(m_statusCombo->currentData().toString());
    query.ownerId = m_ownerCombo->currentData().toLongLong();
    query.companyId = m_companyCombo->currentData().toLongLong();
    query.city = m_cityCombo->currentText().trimmed();
    query.segmentId = m_segmentCombo->currentData().toLongLong();
    if (query != m_model->query() || m_model->rowCount() == 0)
        m_model->setQuery(query);
}

void CustomerListView::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void CustomerListView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (const qint64 id = m_model->customerId(current.row()))
        emit openCustomerRequested(id);
}

} // namespace luotsi::gui

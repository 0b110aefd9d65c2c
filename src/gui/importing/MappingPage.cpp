#include "MappingPage.h"

#include "ConstantsEditor.h"
#include "ImportSession.h"
#include "ProfileBar.h"
#include "core/Workspace.h"
#include "core/importing/SalesFactMapping.h"
#include "core/register/CustomerService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

namespace {

enum Column
{
    LetterColumn,
    HeaderColumn,
    SamplesColumn,
    FieldColumn,
    CertaintyColumn,
    ColumnCount
};

// Fields that name the row: without one of them every row is rejected.
bool namesTheRow(TargetField field)
{
    switch (field) {
    case TargetField::Name:
    case TargetField::PersonName:
    case TargetField::LastName:
    case TargetField::ContactName:
    case TargetField::ContactLastName:
        return true;
    default:
        return false;
    }
}

} // namespace

MappingPage::MappingPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Columns and fields"));
    setSubTitle(tr("Choose the register field of each column. The suggestions come from the "
                   "headers and the values; a saved profile for the same system is applied "
                   "automatically. Columns marked \"(ignore)\" are not imported."));

    m_profileBar = new ProfileBar(session, this);

    m_columns = new QTableWidget(0, ColumnCount, this);
    m_columns->setObjectName(QStringLiteral("mappingTableWidget"));
    m_columns->setHorizontalHeaderLabels(
        {tr("Column"), tr("Header"), tr("Sample values"), tr("Field"), tr("Certainty")});
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setWordWrap(false);
    QHeaderView* header = m_columns->horizontalHeader();
    header->setSectionResizeMode(LetterColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HeaderColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SamplesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(CertaintyColumn, QHeaderView::ResizeToContents);
    m_columns->setColumnWidth(HeaderColumn, 170);
    m_columns->setColumnWidth(FieldColumn, 230);

    m_sourceSystem = new QLineEdit(this);
    m_sourceSystem->setObjectName(QStringLiteral("sourceSystemLineEdit"));
    m_sourceSystem->setToolTip(tr("The legacy system the file comes from. Its keys are kept on "
                                  "the customers, so that the next file from the same system "
                                  "finds them again."));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    m_target->addItem(tr("Customers"), int(ImportTarget::Customers));
    m_target->addItem(tr("Contact persons of existing customers"), int(ImportTarget::Contacts));
    m_target->addItem(tr("Relationships to a group company"), int(ImportTarget::Relationships));
    m_target->addItem(tr("Sales facts (revenue per customer, group company and month)"),
                      int(ImportTarget::SalesFacts));
    m_groupCompany = new QComboBox(this);
    m_groupCompany->setObjectName(QStringLiteral("groupCompanyComboBox"));
    m_groupCompany->addItem(tr("(none)"), QString());
    if (const auto companies = session.workspace().customers().groupCompanies()) {
        for (const core::GroupCompany& company : *companies)
            m_groupCompany->addItem(company.name, company.code);
    }
    m_personOrder = new QComboBox(this);
    m_personOrder->setObjectName(QStringLiteral("personNameOrderComboBox"));
    m_personOrder->addItem(tr("First name first (Matti Virtanen)"),
                           int(PersonNameOrder::FirstLast));
    m_personOrder->addItem(tr("Last name first (Virtanen Matti)"), int(PersonNameOrder::LastFirst));
    m_personWhenNoOrganisation =
        new QCheckBox(tr("A row without an organisation name is a private person"), this);
    m_personWhenNoOrganisation->setObjectName(QStringLiteral("personWhenNoOrganisationCheckBox"));

    auto* batch = new QGroupBox(tr("The batch"), this);
    auto* batchForm = new QFormLayout(batch);
    batchForm->addRow(tr("&Source system:"), m_sourceSystem);
    batchForm->addRow(tr("&Rows become:"), m_target);
    batchForm->addRow(tr("&Group company:"), m_groupCompany);
    batchForm->addRow(tr("&Persons' names:"), m_personOrder);
    batchForm->addRow(QString(), m_personWhenNoOrganisation);

    m_constants = new ConstantsEditor(this);
    auto* constants = new QGroupBox(tr("Values for fields the file lacks"), this);
    auto* constantsLayout = new QVBoxLayout(constants);
    constantsLayout->addWidget(m_constants);

    m_remarks = new QLabel(this);
    m_remarks->setObjectName(QStringLiteral("remarksLabel"));
    m_remarks->setWordWrap(true);
    m_remarks->setEnabled(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(batch, 3);
    bottom->addWidget(constants, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_profileBar);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_remarks);
    layout->addWidget(m_problem);
    layout->addLayout(bottom);

    connect(m_profileBar, &ProfileBar::mappingReplaced, this, [this] {
        fillColumns();
        fillBatchSettings();
    });
    connect(m_constants, &ConstantsEditor::changed, this,
            [this] { m_session.mapping().constants = m_constants->constants(); });
    connect(m_sourceSystem, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_updating)
            m_session.mapping().sourceSystem = text.trimmed();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        // Sales facts have fields of their own: the columns are suggested again.
        if (m_session.setTarget(ImportTarget(m_target->currentData().toInt())))
            fillColumns();
        fillBatchSettings();
    });
    connect(m_groupCompany, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_session.mapping().groupCompanyCode = m_groupCompany->currentData().toString();
        updateProblems();
    });
    connect(m_personOrder, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_session.mapping().personNameOrder =
                PersonNameOrder(m_personOrder->currentData().toInt());
    });
    connect(m_personWhenNoOrganisation, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            m_session.mapping().personWhenNoOrganisation = on;
    });
}

void MappingPage::initializePage()
{
    m_profileBar->reload();
    fillColumns();
    fillBatchSettings();
}

void MappingPage::fillColumns()
{
    const QStringList headers = m_session.headers();
    const int count = m_session.columnCount();
    const QColor quiet = palette().color(QPalette::Disabled, QPalette::Text);
    m_columns->setRowCount(0);
    m_columns->setRowCount(count);
    for (int c = 0; c < count; ++c) {
        auto* letter = new QTableWidgetItem(core::importing::SheetCell::columnName(c));
        letter->setTextAlignment(Qt::AlignCenter);
        m_columns->setItem(c, LetterColumn, letter);
        m_columns->setItem(c, HeaderColumn, new QTableWidgetItem(headers.value(c)));
        const QStringList samples = m_session.sampleValues(c);
        auto* sampleItem = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sampleItem->setToolTip(samples.join(u'\n'));
        sampleItem->setForeground(quiet);
        m_columns->setItem(c, SamplesColumn, sampleItem);

        auto* combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("fieldComboBox_%1").arg(c));
        for (const TargetField field : SalesFactMapping::fieldsFor(m_session.mapping().target))
            combo->addItem(displayName(field), int(field));
        TargetField field = TargetField::Ignore;
        for (const MappedColumn& mapped : std::as_const(m_session.mapping().columns)) {
            if (mapped.column == c)
                field = mapped.field;
        }
        combo->setCurrentIndex(combo->findData(int(field)));
        m_columns->setCellWidget(c, FieldColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            if (!m_updating)
                setField(c, TargetField(combo->currentData().toInt()));
        });

        // The suggester's certainty, quietly: grey when sure, amber when the admin should look.
        auto* certainty = new QTableWidgetItem;
        if (const auto suggestion = m_session.suggestionFor(c);
            suggestion && suggestion->field != TargetField::Ignore) {
            certainty->setText(QStringLiteral("%1 %").arg(qRound(suggestion->confidence * 100)));
            certainty->setToolTip(suggestion->reason);
            certainty->setForeground(suggestion->confidence < 0.5 ? QColor(0xb0, 0x6a, 0x00)
                                                                  : quiet);
        }
        certainty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_columns->setItem(c, CertaintyColumn, certainty);
    }
    QStringList remarks = m_session.remarks();
    m_remarks->setText(remarks.join(u'\n'));
    m_remarks->setVisible(!remarks.isEmpty());
    updateProblems();
}

void MappingPage::fillBatchSettings()
{
    m_updating = true;
    const ColumnMapping& mapping = m_session.mapping();
    m_sourceSystem->setText(mapping.sourceSystem);
    m_sourceSystem->setPlaceholderText(QFileInfo(m_session.filePath()).completeBaseName());
    m_target->setCurrentIndex(m_target->findData(int(mapping.target)));
    // Sales facts: the group company of rows without a company column. Names and constants are
    // the customer targets' only.
    const bool sales = mapping.target == ImportTarget::SalesFacts;
    m_groupCompany->setEnabled(mapping.target == ImportTarget::Relationships || sales);
    m_personOrder->setEnabled(!sales);
    m_personWhenNoOrganisation->setEnabled(!sales);
    m_constants->setEnabled(!sales);
    const int company = m_groupCompany->findData(mapping.groupCompanyCode);
    m_groupCompany->setCurrentIndex(company >= 0 ? company : 0);
    m_personOrder->setCurrentIndex(m_personOrder->findData(int(mapping.personNameOrder)));
    m_personWhenNoOrganisation->setChecked(mapping.personWhenNoOrganisation);
    m_constants->setConstants(mapping.constants);
    m_updating = false;
    updateProblems();
}

QComboBox* MappingPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox*>(m_columns->cellWidget(column, FieldColumn));
}

void MappingPage::setField(int column, TargetField field)
{
    QList<MappedColumn>& columns = m_session.mapping().columns;
    // A field that takes one column moves: the column that had it is ignored from now on.
    if (field != TargetField::Ignore && !allowsSeveralColumns(field)) {
        for (MappedColumn& other : columns) {
            if (other.column != column && other.field == field) {
                other.field = TargetField::Ignore;
                if (QComboBox* combo = fieldCombo(other.column)) {
                    const QSignalBlocker blocker(combo);
                    combo->setCurrentIndex(combo->findData(int(TargetField::Ignore)));
                }
            }
        }
    }
    auto it = std::find_if(columns.begin(), columns.end(),
                           [column](const MappedColumn& c) { return c.column == column; });
    if (it == columns.end()) {
        MappedColumn added;
        added.column = column;
        added.header = m_session.headers().value(column);
        columns.append(added);
        it = columns.end() - 1;
    }
    if (it->field != field)
        it->dateOrder = core::importing::DateOrder::Unknown;
    it->field = field;
    std::sort(columns.begin(), columns.end(),
              [](const MappedColumn& a, const MappedColumn& b) { return a.column < b.column; });
    updateProblems();
}

void MappingPage::updateProblems()
{
    const ColumnMapping& mapping = m_session.mapping();
    QString problem;
    const bool anything =
        std::any_of(mapping.columns.begin(), mapping.columns.end(),
                    [](const MappedColumn& c) { return c.field != TargetField::Ignore; });
    const bool named = std::any_of(mapping.columns.begin(), mapping.columns.end(),
                                   [](const MappedColumn& c) { return namesTheRow(c.field); });
    if (!anything)
        problem = tr("No column is mapped to a field yet.");
    else if (mapping.target == ImportTarget::SalesFacts)
        problem = SalesFactMapping::problem(mapping);
    else if (!named)
        problem = tr("No column is mapped to a name: every row would be rejected. Map the "
                     "customer's name (or a person's name) to a column.");
    else if (mapping.target == ImportTarget::Relationships && mapping.groupCompanyCode.isEmpty())
        problem = tr("Choose the group company the relationships belong to.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit completeChanged();
}

bool MappingPage::isComplete() const
{
    return m_problem->text().isEmpty();
}

bool MappingPage::validatePage()
{
    m_session.mapping().constants = m_constants->constants();
    return isComplete();
}

} // namespace luotsi::gui

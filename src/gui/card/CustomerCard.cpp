#include "CustomerCard.h"

#include "CustomerCardDocument.h"
#include "SegmentSection.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"
#include "core/segments/SegmentCatalog.h"
#include "core/segments/SegmentationService.h"
#include "shell/ModuleRegistry.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;

CustomerCard::CustomerCard(Workspace& workspace, const ModuleRegistry& registry,
                           std::function<void(qint64)> openCustomer, QWidget* parent)
    : QWidget(parent)
    , m_document(std::make_unique<CustomerCardDocument>(workspace.customers()))
{
    setObjectName(QStringLiteral("customerCard"));
    m_context = std::make_unique<CardContext>(
        CardContext{*m_document, workspace.customers(), workspace, std::move(openCustomer)});

    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("cardNameLabel"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("cardDetailsLabel"));
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reachLabel = new QLabel(this);
    m_reachLabel->setObjectName(QStringLiteral("cardReachLabel"));
    m_reachLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The customer's segment in the primary segmentation, with its colour.
    m_segmentLabel = new QLabel(this);
    m_segmentLabel->setObjectName(QStringLiteral("cardSegmentLabel"));
    m_segmentLabel->setTextFormat(Qt::RichText);
    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setObjectName(QStringLiteral("cardIssuesLabel"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setStyleSheet(QStringLiteral("color: #a00000;"));

    QUndoStack* undoStack = m_document->undoStack();
    auto* undoAction = undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    auto* redoAction = undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    addAction(undoAction);
    addAction(redoAction);
    auto* undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(undoAction);
    auto* redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("redoButton"));
    redoButton->setDefaultAction(redoAction);

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(
        tr("Save the changes (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));

    auto* titleColumn = new QVBoxLayout;
    titleColumn->addWidget(m_nameLabel);
    titleColumn->addWidget(m_detailsLabel);
    titleColumn->addWidget(m_reachLabel);
    titleColumn->addWidget(m_segmentLabel);
    auto* header = new QHBoxLayout;
    header->addLayout(titleColumn, 1);
    header->addWidget(undoButton, 0, Qt::AlignTop);
    header->addWidget(redoButton, 0, Qt::AlignTop);
    header->addWidget(m_saveButton, 0, Qt::AlignTop);
    header->addWidget(m_deleteButton, 0, Qt::AlignTop);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardSectionsTabWidget"));
    for (const auto& entry : registry.cardSections()) {
        CardSection* section = entry.create(*m_context, m_tabs);
        m_sections.append(section);
        m_tabs->addTab(section, section->title());
        // For screenshots and demos: LUOTSI_CARD_SECTION=<section id> opens cards on that tab.
        if (entry.id == qEnvironmentVariable("LUOTSI_CARD_SECTION"))
            m_tabs->setCurrentWidget(section);
    }

    // Keyboard users land on the sections: Ctrl+PgDown / Ctrl+PgUp move between them.
    setFocusProxy(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_document.get(), &CustomerCardDocument::draftChanged, this, &CustomerCard::refresh);
    connect(&workspace.segmentation(), &segments::SegmentationService::assignmentsChanged, this,
            [this](const QList<qint64>& ids) {
                if (ids.isEmpty() || ids.contains(customerId())) {
                    m_segmentShownFor = -1;
                    refreshSegment();
                }
            });
    connect(&workspace.segmentCatalog(), &segments::SegmentCatalog::changed, this, [this] {
        m_segmentShownFor = -1;
        refreshSegment();
    });
    connect(m_document.get(), &CustomerCardDocument::savedTo, this, &CustomerCard::savedTo);
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerCard::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &CustomerCard::deleteCustomer);
}

// The customer at a glance: the main address and the first phone, email and web site, so that
// the header answers "where and how do I reach them" on every section.
QString CustomerCard::reachSummary(const Customer& customer)
{
    QStringList parts;
    const Address* main = nullptr;
    for (const Address& address : customer.addresses) {
        if (!main || (address.kind == AddressKind::Visiting && main->kind != AddressKind::Visiting))
            main = &address;
    }
    if (main) {
        const QString place =
            QStringList{main->postalCode, main->city}.join(QLatin1Char(' ')).trimmed();
        parts.append(QStringList{main->street, place}
                         .filter(QRegularExpression(QStringLiteral("\\S")))
                         .join(QStringLiteral(", ")));
    }
    for (const ChannelKind kind : {ChannelKind::Phone, ChannelKind::Email, ChannelKind::Web}) {
        for (const ContactChannel& channel : customer.channels) {
            if (channel.kind == kind && !channel.value.isEmpty()) {
                parts.append(channel.value);
                break;
            }
        }
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

CustomerCard::~CustomerCard()
{
    // Sections hold a reference to the context: destroy them first.
    qDeleteAll(m_sections);
    m_sections.clear();
}

Status CustomerCard::load(qint64 id)
{
    return m_document->load(id);
}

void CustomerCard::startNew()
{
    Customer initial;
    initial.ownerId = m_context->service.currentUserId();
    m_document->startNew(initial);
}

qint64 CustomerCard::customerId() const
{
    return m_document->saved().id;
}

QString CustomerCard::displayTitle() const
{
    const Customer& draft = m_document->draft();
    QString title = draft.name.isEmpty() ? tr("New customer") : draft.name;
    if (m_document->isModified())
        title += QLatin1Char('*');
    return title;
}

void CustomerCard::refresh()
{
    const Customer& draft = m_document->draft();
    m_nameLabel->setText(draft.name.isEmpty() ? tr("New customer") : draft.name);
    QStringList details;
    if (!draft.businessId.isEmpty())
        details.append(tr("Business ID %1").arg(draft.businessId));
    details.append(vocabulary::displayName(draft.kind));
    details.append(vocabulary::displayName(draft.status));
    if (draft.ownerId != 0) {
        if (const auto users = m_context->service.users()) {
            for (const User& user : *users) {
                if (user.id == draft.ownerId)
                    details.append(tr("Owner: %1").arg(user.displayName));
            }
        }
    }
    m_detailsLabel->setText(details.join(QStringLiteral(" · ")));
    m_reachLabel->setText(reachSummary(draft));
    m_reachLabel->setVisible(!m_reachLabel->text().isEmpty());
    refreshSegment();

    QStringList problems;
    for (const ValidationIssue& issue : m_document->issues())
        problems.append((issue.severity == ValidationIssue::Severity::Error
                             ? QStringLiteral("✖ ")
                             : QStringLiteral("⚠ ")) +
                        issue.message);
    m_issuesLabel->setText(problems.join(QLatin1Char('\n')));
    m_issuesLabel->setVisible(!problems.isEmpty());
    m_saveButton->setEnabled(m_document->isModified() || m_document->isNew());
    m_deleteButton->setEnabled(!m_document->isNew());
    for (CardSection* section : std::as_const(m_sections))
        section->refresh();
    emit titleChanged(displayTitle());
}

void CustomerCard::refreshSegment()
{
    // Edits do not move a customer between segments (a run or an override does), so the header
    // reads the segment only when another customer is shown or assignments changed.
    if (m_segmentShownFor == customerId())
        return;
    m_segmentShownFor = customerId();
    m_segmentLabel->setText(SegmentSection::headerText(m_context->workspace, customerId()));
}

bool CustomerCard::save()
{
    const auto status = m_document->save();
    if (!status) {
        QMessageBox::warning(this, tr("Customer not saved"),
                             tr("%1\n\nYour changes are still on the card; nothing was written.")
                                 .arg(status.error().text()));
        return false;
    }
    emit statusMessage(tr("Saved %1.").arg(m_document->saved().name));
    return true;
}

bool CustomerCard::maybeClose()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them before closing?").arg(displayTitle()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void CustomerCard::deleteCustomer()
{
    const Customer& saved = m_document->saved();
    const auto answer = QMessageBox::question(
        this, tr("Delete customer"),
        tr("Delete %1 with its contacts, addresses, relationships and timeline? The change history "
           "keeps a record of the deletion.")
            .arg(saved.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const qint64 id = saved.id;
    if (const auto status = m_context->service.remove(id); !status) {
        QMessageBox::warning(this, tr("Customer not deleted"), status.error().text());
        return;
    }
    emit statusMessage(tr("Deleted %1.").arg(saved.name));
    emit deleted(id);
}

} // namespace luotsi::gui

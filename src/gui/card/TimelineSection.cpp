#include "TimelineSection.h"

#include "CustomerCardDocument.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core;

TimelineSection::TimelineSection(CardContext& context, QWidget* parent)
    : CardSection(context, parent)
{
    setObjectName(QStringLiteral("timelineSection"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("timelineKindComboBox"));
    for (const TimelineKind kind : vocabulary::allValues<TimelineKind>())
        m_kind->addItem(vocabulary::displayName(kind), vocabulary::code(kind));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("timelineSubjectLineEdit"));
    m_subject->setPlaceholderText(tr("Subject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("timelineBodyPlainTextEdit"));
    m_body->setPlaceholderText(tr("What was discussed or agreed"));
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(80);
    m_addButton = new QPushButton(tr("Add &entry"), this);
    m_addButton->setObjectName(QStringLiteral("addTimelineEntryButton"));

    m_entries = new QTreeWidget(this);
    m_entries->setObjectName(QStringLiteral("timelineTreeWidget"));
    m_entries->setRootIsDecorated(false);
    m_entries->setWordWrap(true);
    m_entries->setHeaderLabels({tr("Time"), tr("Kind"), tr("Author"), tr("Subject"), tr("Text")});
    m_entries->header()->setStretchLastSection(true);
    m_entries->setColumnWidth(0, 130);
    m_entries->setColumnWidth(3, 220);

    auto* form = new QGridLayout;
    form->addWidget(m_kind, 0, 0);
    form->addWidget(m_subject, 0, 1);
    form->addWidget(m_addButton, 0, 2);
    form->addWidget(m_body, 1, 0, 1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_entries, 1);

    connect(m_addButton, &QPushButton::clicked, this, &TimelineSection::addEntry);
    connect(&context.service, &CustomerService::timelineChanged, this, [this](qint64 customerId) {
        if (customerId == m_context.document.saved().id)
            reload();
    });
}

void TimelineSection::refresh()
{
    const qint64 id = m_context.document.saved().id;
    setEnabled(id != 0);
    if (id != m_shownCustomer) {
        m_shownCustomer = id;
        reload();
    }
}

void TimelineSection::reload()
{
    m_entries->clear();
    if (m_shownCustomer == 0)
        return;
    const auto entries = m_context.service.timeline(m_shownCustomer);
    if (!entries) {
        new QTreeWidgetItem(m_entries, {entries.error().text()});
        return;
    }
    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    for (const TimelineEntry& entry : *entries) {
        items.append(new QTreeWidgetItem(
            {locale.toString(entry.occurredAt.toLocalTime(), QLocale::ShortFormat),
             vocabulary::displayName(entry.kind), entry.authorName, entry.subject,
             entry.body.simplified()}));
        items.last()->setToolTip(4, entry.body);
    }
    m_entries->addTopLevelItems(items);
}

void TimelineSection::addEntry()
{
    TimelineEntry entry;
    entry.customerId = m_context.document.saved().id;
    entry.kind = vocabulary::fromCode<TimelineKind>(m_kind->currentData().toString())
                     .value_or(TimelineKind::Note);
    entry.subject = m_subject->text().trimmed();
    entry.body = m_body->toPlainText().trimmed();
    const auto stored = m_context.service.addTimelineEntry(entry);
    if (!stored) {
        QMessageBox::warning(this, tr("Entry not added"), stored.error().text());
        return;
    }
    m_subject->clear();
    m_body->clear();
}

} // namespace luotsi::gui

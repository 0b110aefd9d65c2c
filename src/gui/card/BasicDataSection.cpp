#include "BasicDataSection.h"

#include "CustomerCardDocument.h"
#include "core/register/CustomerService.h"
#include "core/register/RegisterVocabulary.h"
#include "ui_BasicDataSection.h"

namespace luotsi::gui {

using namespace luotsi::core;

namespace {

template<typename Enum> void fillCombo(QComboBox* combo)
{
    for (const Enum value : vocabulary::allValues<Enum>())
        combo->addItem(vocabulary::displayName(value), vocabulary::code(value));
}

template<typename Enum> Enum comboValue(const QComboBox* combo, Enum fallback)
{
    return vocabulary::fromCode<Enum>(combo->currentData().toString()).value_or(fallback);
}

void setComboData(QComboBox* combo, const QVariant& value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

void setLineText(QLineEdit* edit, const QString& text)
{
    // Leave the editor alone while it shows the same text, so the cursor does not jump.
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

} // namespace

BasicDataSection::BasicDataSection(CardContext& context, QWidget* parent)
    : CardSection(context, parent)
    , m_ui(std::make_unique<Ui::BasicDataSection>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("basicDataSection"));
    fillCombo<CustomerKind>(m_ui->kindComboBox);
    fillCombo<Language>(m_ui->languageComboBox);
    fillCombo<CustomerStatus>(m_ui->statusComboBox);
    m_ui->ownerComboBox->addItem(tr("(no owner)"), qint64(0));
    if (const auto users = context.service.users()) {
        for (const User& user : *users)
            m_ui->ownerComboBox->addItem(user.displayName, user.id);
    }

    CustomerCardDocument& document = context.document;
    // Typing in one field is one undo step per field, not per keystroke.
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this,
            [this, &document](const QString& text) {
                document.edit(
                    tr("Edit name"), [&](Customer& c) { c.name = text; }, QStringLiteral("name"));
            });
    connect(m_ui->businessIdLineEdit, &QLineEdit::textEdited, this,
            [this, &document](const QString& text) {
                document.edit(
                    tr("Edit business ID"), [&](Customer& c) { c.businessId = text; },
                    QStringLiteral("businessId"));
            });
    connect(m_ui->notesPlainTextEdit, &QPlainTextEdit::textChanged, this, [this, &document] {
        const QString text = m_ui->notesPlainTextEdit->toPlainText();
        document.edit(
            tr("Edit notes"), [&](Customer& c) { c.notes = text; }, QStringLiteral("notes"));
    });
    connect(m_ui->kindComboBox, &QComboBox::activated, this, [this, &document] {
        document.edit(tr("Change kind"),
                      [&](Customer& c) { c.kind = comboValue(m_ui->kindComboBox, c.kind); });
    });
    connect(m_ui->languageComboBox, &QComboBox::activated, this, [this, &document] {
        document.edit(tr("Change language"), [&](Customer& c) {
            c.language = comboValue(m_ui->languageComboBox, c.language);
        });
    });
    connect(m_ui->statusComboBox, &QComboBox::activated, this, [this, &document] {
        document.edit(tr("Change status"),
                      [&](Customer& c) { c.status = comboValue(m_ui->statusComboBox, c.status); });
    });
    connect(m_ui->ownerComboBox, &QComboBox::activated, this, [this, &document] {
        document.edit(tr("Change owner"), [&](Customer& c) {
            c.ownerId = m_ui->ownerComboBox->currentData().toLongLong();
        });
    });
}

BasicDataSection::~BasicDataSection() = default;

void BasicDataSection::refresh()
{
    const Customer& c = m_context.document.draft();
    setLineText(m_ui->nameLineEdit, c.name);
    setLineText(m_ui->businessIdLineEdit, c.businessId);
    setComboData(m_ui->kindComboBox, vocabulary::code(c.kind));
    setComboData(m_ui->languageComboBox, vocabulary::code(c.language));
    setComboData(m_ui->statusComboBox, vocabulary::code(c.status));
    setComboData(m_ui->ownerComboBox, c.ownerId);
    if (m_ui->notesPlainTextEdit->toPlainText() != c.notes) {
        const QSignalBlocker blocker(m_ui->notesPlainTextEdit);
        m_ui->notesPlainTextEdit->setPlainText(c.notes);
    }
    markIssues();
}

void BasicDataSection::markIssues()
{
    const auto& document = m_context.document;
    auto mark = [&](QWidget* widget, const QString& field) {
        QString tip;
        QString style;
        for (const auto& issue : document.issues()) {
            if (issue.field != field)
                continue;
            tip = issue.message;
            // Errors block saving (red); warnings only ask for attention (yellow).
            style = issue.severity == ValidationIssue::Severity::Error
                        ? QStringLiteral("background-color: #ffd0d0;")
                        : QStringLiteral("background-color: #fff3c4;");
        }
        widget->setStyleSheet(style);
        widget->setToolTip(tip);
    };
    mark(m_ui->nameLineEdit, QStringLiteral("name"));
    mark(m_ui->businessIdLineEdit, QStringLiteral("businessId"));
}

} // namespace luotsi::gui

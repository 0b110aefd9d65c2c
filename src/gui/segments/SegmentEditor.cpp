#include "SegmentEditor.h"

#include "RuleEditor.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::segments;

SegmentEditor::SegmentEditor(QWidget* parent)
    : QWidget(parent)
    , m_pickColour([](const QColor& initial, QWidget* owner) {
        return QColorDialog::getColor(initial, owner, tr("Segment colour"));
    })
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("segmentTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_nameFi = new QLineEdit(this);
    m_nameFi->setObjectName(QStringLiteral("nameFiLineEdit"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEnLineEdit"));
    m_descriptionFi = new QPlainTextEdit(this);
    m_descriptionFi->setObjectName(QStringLiteral("descriptionFiEdit"));
    m_descriptionEn = new QPlainTextEdit(this);
    m_descriptionEn->setObjectName(QStringLiteral("descriptionEnEdit"));
    for (QPlainTextEdit* edit : {m_descriptionFi, m_descriptionEn}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_colourButton = new QPushButton(this);
    m_colourButton->setObjectName(QStringLiteral("colourButton"));
    m_colourButton->setToolTip(tr("The colour the customer list and reports show the segment in"));
    m_priority = new QSpinBox(this);
    m_priority->setObjectName(QStringLiteral("prioritySpinBox"));
    m_priority->setRange(0, 9999);
    m_priority->setToolTip(tr("Rules are tried from the lowest priority up; the first that "
                              "holds wins."));
    m_active = new QCheckBox(tr("A&ctive"), this);
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_active->setToolTip(tr("Runs place customers only in active segments. Deactivate rather "
                            "than delete: the history keeps the segment's name."));
    m_accountPlan = new QCheckBox(tr("Account &plan required"), this);
    m_accountPlan->setObjectName(QStringLiteral("accountPlanCheckBox"));
    m_rule = new RuleEditor(this);

    // Finnish and English side by side, so that a translation is checked against its original.
    auto* texts = new QGridLayout;
    texts->addWidget(new QLabel(tr("Finnish"), this), 0, 1);
    texts->addWidget(new QLabel(tr("English"), this), 0, 2);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameFi);
    texts->addWidget(nameLabel, 1, 0);
    texts->addWidget(m_nameFi, 1, 1);
    texts->addWidget(m_nameEn, 1, 2);
    auto* descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_descriptionFi);
    texts->addWidget(descriptionLabel, 2, 0, Qt::AlignTop);
    texts->addWidget(m_descriptionFi, 2, 1);
    texts->addWidget(m_descriptionEn, 2, 2);
    texts->setColumnStretch(1, 1);
    texts->setColumnStretch(2, 1);

    auto* settings = new QHBoxLayout;
    auto* colourLabel = new QLabel(tr("C&olour:"), this);
    colourLabel->setBuddy(m_colourButton);
    settings->addWidget(colourLabel);
    settings->addWidget(m_colourButton);
    settings->addSpacing(16);
    auto* priorityLabel = new QLabel(tr("P&riority:"), this);
    priorityLabel->setBuddy(m_priority);
    settings->addWidget(priorityLabel);
    settings->addWidget(m_priority);
    settings->addSpacing(16);
    settings->addWidget(m_active);
    settings->addWidget(m_accountPlan);
    settings->addStretch(1);

    auto* ruleBox = new QGroupBox(tr("Rule"), this);
    auto* ruleLayout = new QVBoxLayout(ruleBox);
    ruleLayout->addWidget(m_rule);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(texts);
    layout->addLayout(settings);
    layout->addWidget(ruleBox, 1);

    connect(m_colourButton, &QPushButton::clicked, this, &SegmentEditor::pickColour);
    for (QLineEdit* edit : {m_nameFi, m_nameEn})
        connect(edit, &QLineEdit::textChanged, this, &SegmentEditor::updateModified);
    for (QPlainTextEdit* edit : {m_descriptionFi, m_descriptionEn})
        connect(edit, &QPlainTextEdit::textChanged, this, &SegmentEditor::updateModified);
    connect(m_priority, &QSpinBox::valueChanged, this, &SegmentEditor::updateModified);
    connect(m_active, &QCheckBox::toggled, this, &SegmentEditor::updateModified);
    connect(m_accountPlan, &QCheckBox::toggled, this, &SegmentEditor::updateModified);
    connect(m_rule, &RuleEditor::changed, this, &SegmentEditor::updateModified);

    setSegment(Segment{});
}

void SegmentEditor::setChoices(const RuleEditorChoices& choices)
{
    m_rule->setChoices(choices);
}

void SegmentEditor::setSegment(const Segment& segment)
{
    m_loading = true;
    m_loaded = segment;
    m_title->setText(segment.id == 0 ? tr("New segment (not saved yet)") : segment.name());
    m_nameFi->setText(segment.nameFi);
    m_nameEn->setText(segment.nameEn);
    m_descriptionFi->setPlainText(segment.descriptionFi);
    m_descriptionEn->setPlainText(segment.descriptionEn);
    m_colour = QColor(segment.colour);
    showColour();
    m_priority->setValue(segment.priority);
    m_active->setChecked(segment.active);
    m_accountPlan->setChecked(segment.accountPlanRequired);
    m_rule->setRule(segment.rule);
    m_loading = false;
    m_baseline = this->segment();
    if (m_modified) {
        m_modified = false;
        emit modifiedChanged(false);
    }
}

Segment SegmentEditor::segment() const
{
    Segment draft = m_loaded;
    draft.nameFi = m_nameFi->text().trimmed();
    draft.nameEn = m_nameEn->text().trimmed();
    draft.descriptionFi = m_descriptionFi->toPlainText().trimmed();
    draft.descriptionEn = m_descriptionEn->toPlainText().trimmed();
    // An unreadable colour goes to the catalog as typed, so that its message names it.
    draft.colour = m_colour.isValid() ? m_colour.name(QColor::HexRgb) : m_loaded.colour;
    draft.priority = m_priority->value();
    draft.active = m_active->isChecked();
    draft.accountPlanRequired = m_accountPlan->isChecked();
    draft.rule = m_rule->rule();
    return draft;
}

void SegmentEditor::setColourPicker(std::function<QColor(const QColor&, QWidget*)> picker)
{
    m_pickColour = std::move(picker);
}

void SegmentEditor::setColour(const QColor& colour)
{
    if (!colour.isValid())
        return;
    m_colour = colour;
    showColour();
    updateModified();
}

void SegmentEditor::pickColour()
{
    setColour(m_pickColour(m_colour, this));
}

void SegmentEditor::showColour()
{
    const int side = m_colourButton->fontMetrics().height();
    QPixmap chip(side * 2, side);
    chip.fill(m_colour.isValid() ? m_colour : QColor(Qt::transparent));
    QPainter painter(&chip);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(chip.rect().adjusted(0, 0, -1, -1));
    painter.end();
    m_colourButton->setIcon(QIcon(chip));
    m_colourButton->setIconSize(chip.size());
    m_colourButton->setText(m_colour.isValid() ? m_colour.name(QColor::HexRgb) : m_loaded.colour);
}

void SegmentEditor::updateModified()
{
    if (m_loading)
        return;
    const bool modified = segment() != m_baseline;
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    emit edited();
}

QString SegmentEditor::codeFor(const QString& name, const QStringList& taken)
{
    QString base;
    // Decomposed, "ä" is "a" and a combining mark that is then dropped.
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            base.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && !base.endsWith(QLatin1Char('_')))
            base.append(QLatin1Char('_'));
    }
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    while (base.startsWith(QLatin1Char('_')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("segment");
    QString code = base;
    for (int n = 2; taken.contains(code, Qt::CaseInsensitive); ++n)
        code = base + QLatin1Char('_') + QString::number(n);
    return code;
}

} // namespace luotsi::gui

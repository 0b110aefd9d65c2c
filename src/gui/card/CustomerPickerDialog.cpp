#include "CustomerPickerDialog.h"

#include "core/register/CustomerService.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace luotsi::gui {

CustomerPickerDialog::CustomerPickerDialog(core::CustomerService& service, qint64 excludeId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_excludeId(excludeId)
{
    setWindowTitle(tr("Choose a customer"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name, business ID or city"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("pickerResultsListWidget"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(m_search, &QLineEdit::textChanged, this, &CustomerPickerDialog::search);
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_results->currentItem() != nullptr);
    };
    connect(m_results, &QListWidget::currentItemChanged, this, updateOk);
    updateOk();
}

void CustomerPickerDialog::search(const QString& text)
{
    m_results->clear();
    const auto refs = m_service.quickSearch(text, 50);
    if (!refs)
        return;
    for (const core::CustomerRef& ref : *refs) {
        if (ref.id == m_excludeId)
            continue;
        QStringList details{ref.businessId, ref.city};
        details.removeAll(QString());
        auto* item = new QListWidgetItem(details.isEmpty() ? ref.name
                                                           : ref.name + QStringLiteral(" — ") +
                                                                 details.join(QStringLiteral(", ")),
                                         m_results);
        item->setData(Qt::UserRole, ref.id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

qint64 CustomerPickerDialog::selectedId() const
{
    const auto* item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace luotsi::gui

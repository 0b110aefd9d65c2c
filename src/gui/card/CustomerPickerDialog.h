#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace luotsi::core {
class CustomerService;
}

namespace luotsi::gui {

// Finds one customer by search-as-you-type, e.g. to choose a parent in the hierarchy.
class CustomerPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    CustomerPickerDialog(core::CustomerService& service, qint64 excludeId,
                         QWidget* parent = nullptr);

    qint64 selectedId() const;
    QLineEdit* searchLineEdit() const { return m_search; }

private:
    void search(const QString& text);

    core::CustomerService& m_service;
    qint64 m_excludeId;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
};

} // namespace luotsi::gui

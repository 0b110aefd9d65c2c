#pragma once

#include <QGroupBox>
#include <QStringList>

#include <optional>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace luotsi::core {
class Workspace;
}

namespace luotsi::gui {

// The sales facts segment rules read, on the customer's segment section: revenue and orders of
// the last twelve months (per group company too), the last purchase and the trend, and the two
// facts people keep by hand, the estimated potential and the tags.
class SalesFactsPanel final : public QGroupBox
{
    Q_OBJECT
public:
    explicit SalesFactsPanel(core::Workspace& workspace, QWidget* parent = nullptr);

    // Reads the facts of the customer (0: a new one, nothing to show) as of today.
    void load(qint64 customerId);

private:
    void save();
    void updateSaveButton();
    void showError(const QString& text);

    core::Workspace& m_workspace;
    qint64 m_customerId = 0;
    std::optional<double> m_potential; // as stored
    QStringList m_tags;                // as stored
    QLabel* m_revenueLabel = nullptr;
    QLabel* m_companiesLabel = nullptr;
    QLabel* m_ordersLabel = nullptr;
    QLabel* m_lastPurchaseLabel = nullptr;
    QLabel* m_trendLabel = nullptr;
    QDoubleSpinBox* m_potentialSpin = nullptr;
    QLineEdit* m_tagsEdit = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace luotsi::gui

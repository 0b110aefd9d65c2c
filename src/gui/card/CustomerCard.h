#pragma once

#include "CardSection.h"
#include "core/Result.h"
#include "core/register/Customer.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace luotsi::gui {

class CustomerCardDocument;
class ModuleRegistry;

// The shared customer card: a header (name, business ID, kind, owner, status, segment), the
// sections modules registered, and Save / Undo / Redo / Delete. Every module reaches a customer
// through this one card.
class CustomerCard final : public QWidget
{
    Q_OBJECT
public:
    CustomerCard(core::Workspace& workspace, const ModuleRegistry& registry,
                 std::function<void(qint64)> openCustomer, QWidget* parent = nullptr);
    ~CustomerCard() override;

    core::Status load(qint64 id);
    void startNew();
    CustomerCardDocument& document() { return *m_document; }
    qint64 customerId() const;
    QString displayTitle() const;
    // The unsaved-changes guard: asks Save / Discard / Cancel if the draft differs from the
    // saved record. True when the card may close.
    bool maybeClose();
    bool save();
    static QString reachSummary(const core::Customer& customer);

signals:
    void titleChanged(const QString& title);
    void savedTo(qint64 id);
    void deleted(qint64 id);
    void statusMessage(const QString& message);

private:
    void refresh();
    void refreshSegment();
    void deleteCustomer();

    std::unique_ptr<CustomerCardDocument> m_document;
    std::unique_ptr<CardContext> m_context;
    QList<CardSection*> m_sections;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_detailsLabel = nullptr;
    QLabel* m_reachLabel = nullptr; // address, phone, email, web at a glance
    QLabel* m_segmentLabel = nullptr;
    qint64 m_segmentShownFor = -1; // whose segment the header shows; re-read on a change of it
    QLabel* m_issuesLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace luotsi::gui

#pragma once

#include "core/importing/BatchUndo.h"

#include <QDialog>

#include <functional>

namespace luotsi::gui {

// Why a batch could not be undone: the customers edited after it (by hand or by a later
// batch), each with the reason. A double-click opens the customer's card.
class UndoConflictsDialog final : public QDialog
{
    Q_OBJECT
public:
    UndoConflictsDialog(const core::importing::UndoReport& report,
                        std::function<void(qint64)> openCustomer, QWidget* parent = nullptr);
};

} // namespace luotsi::gui

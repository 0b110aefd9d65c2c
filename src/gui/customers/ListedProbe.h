#pragma once

#include <QObject>

class QTableView;

namespace luotsi::gui {

// For the benchmark (`luotsi-admin bench`, case "open"): with LUOTSI_QUIT_WHEN_LISTED set, the
// app prints "listed <customers>" and quits as soon as the customer list has painted its first
// rows, so that the time from start to a filled list is the app's own, measured from outside.
class ListedProbe final : public QObject
{
    Q_OBJECT
public:
    // Watches the table when the environment asks for it; does nothing otherwise.
    static void installIfAsked(QTableView* table);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ListedProbe(QTableView* table);

    QTableView* m_table;
    bool m_done = false;
};

} // namespace luotsi::gui

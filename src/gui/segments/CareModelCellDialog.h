#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace luotsi::gui {

// Edits one cell of the care model: how a channel serves a segment (its role) and how often
// (the contact rhythm). Emptying both says the channel does not serve the segment.
class CareModelCellDialog final : public QDialog
{
    Q_OBJECT
public:
    CareModelCellDialog(const QString& segmentName, const QString& channelName, const QString& role,
                        const QString& rhythm, const QStringList& knownRhythms,
                        QWidget* parent = nullptr);

    QString role() const;
    QString rhythm() const;
    void setRole(const QString& role);
    void setRhythm(const QString& rhythm);

private:
    QPlainTextEdit* m_role = nullptr;
    QComboBox* m_rhythm = nullptr;
};

} // namespace luotsi::gui

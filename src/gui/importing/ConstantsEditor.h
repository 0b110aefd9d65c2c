#pragma once

#include "core/importing/mapping/TargetField.h"

#include <QMap>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace luotsi::gui {

// Values for fields the file lacks, the same on every row: country "FI", kind "parish", a
// contact person's title. One line per field: the field and its value.
class ConstantsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ConstantsEditor(QWidget* parent = nullptr);

    void setConstants(const QMap<core::importing::TargetField, QString>& constants);
    // The lines with a field and a value; a field chosen twice keeps its last value.
    QMap<core::importing::TargetField, QString> constants() const;

signals:
    void changed();

private:
    void addLine(core::importing::TargetField field, const QString& value);

    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace luotsi::gui

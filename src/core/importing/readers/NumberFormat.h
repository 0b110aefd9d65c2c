#pragma once

#include <QString>
#include <QStringView>

// Excel number formats: the built-in codes that workbooks refer to by id only, and whether a code
// shows a date or time (which is how a workbook says a number is a date).
namespace luotsi::core::importing::numberFormat {

// The code of a built-in format id (0 "General", 14 "mm-dd-yy", ...), as openpyxl names them;
// "General" for ids Excel leaves to the locale or does not define.
QString builtIn(int id);

// True for the built-in date and time ids (14-22, 45-47).
bool isBuiltInDate(int id);

// True when the code's first section shows a date or time: d, m, y, h or s outside quoted text,
// escapes and [..] brackets ("d.m.yyyy", "[$-40B]d\.m\.yyyy", "h:mm"); an elapsed time such as
// "[h]:mm" counts as a time. "0.00", "#,##0 \"kpl\"", "[Red]0" and "@" do not.
bool isDateCode(QStringView code);

} // namespace luotsi::core::importing::numberFormat

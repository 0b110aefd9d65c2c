#pragma once

#include "core/importing/cleaning/CleaningFinding.h"

#include <QString>
#include <QStringList>

namespace luotsi::core::importing {

// Phone numbers, email addresses and web sites of one row.
class ChannelCleaner final
{
public:
    // Every number in the cells ("040 123 4567 / 09 123 456") in E.164. A number Excel stored
    // as a number lost its leading zero ("401234567"): restored when that gives a valid
    // number. Invalid numbers are dropped with a Warning.
    static QStringList phones(const QStringList& cells, TargetField field,
                              CleaningFindings& findings);
    // Every address in the cells, lower case. Only repairs whose result is certain are made:
    // a "mailto:" prefix, spaces around "@", "(at)" for "@", a doubled "@@", ",fi" for ".fi",
    // a trailing dot. Anything else invalid (no "@", no top-level domain) is dropped with a
    // Warning that keeps the text.
    static QStringList emails(const QStringList& cells, TargetField field,
                              CleaningFindings& findings);
    // A web address without spaces, host in lower case ("WWW.Firma.FI" → "www.firma.fi").
    static QString web(const QString& cell, CleaningFindings& findings);
};

} // namespace luotsi::core::importing

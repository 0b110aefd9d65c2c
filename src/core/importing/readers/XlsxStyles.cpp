#include "XlsxStyles.h"

#include "NumberFormat.h"
#include "XmlParser.h"

#include <QHash>

#include <cstdlib>

namespace luotsi::core::importing {

namespace {

class StylesParser final : public XmlParser
{
public:
    QHash<int, QString> customCodes;
    std::vector<int> cellFormatIds;

protected:
    void startElement(std::string_view name, const char** attributes) override
    {
        if (name == "numFmt") {
            const char* id = attribute(attributes, "numFmtId");
            const char* code = attribute(attributes, "formatCode");
            if (id != nullptr && code != nullptr)
                customCodes.insert(std::atoi(id), QString::fromUtf8(code));
        } else if (name == "cellXfs") {
            m_inCellXfs = true;
        } else if (name == "xf" && m_inCellXfs) {
            const char* id = attribute(attributes, "numFmtId");
            cellFormatIds.push_back(id != nullptr ? std::atoi(id) : 0);
        }
    }

    void endElement(std::string_view name) override
    {
        if (name == "cellXfs")
            m_inCellXfs = false;
    }

private:
    bool m_inCellXfs = false;
};

} // namespace

Status XlsxStyles::load(ZipEntry& part)
{
    StylesParser parser;
    if (Status status = parser.parse(part); !status)
        return status;
    // One Format per distinct id, copied into the table (QString shares, so a million cells with
    // the same style share one code).
    QHash<int, Format> byId;
    m_formats.clear();
    m_formats.reserve(parser.cellFormatIds.size());
    for (int id : parser.cellFormatIds) {
        auto it = byId.find(id);
        if (it == byId.end()) {
            Format format;
            const auto custom = parser.customCodes.constFind(id);
            if (custom != parser.customCodes.cend()) {
                format.code = *custom;
                format.isDate = numberFormat::isDateCode(format.code);
            } else {
                format.code = numberFormat::builtIn(id);
                format.isDate = numberFormat::isBuiltInDate(id);
            }
            it = byId.insert(id, format);
        }
        m_formats.push_back(*it);
    }
    return {};
}

} // namespace luotsi::core::importing

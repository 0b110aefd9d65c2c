// libFuzzer entry point: one input is one xlsx file in memory.

#include "FuzzDrain.h"
#include "core/importing/readers/XlsxReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto reader = luotsi::core::importing::XlsxReader::open(bytes, QStringLiteral("fuzz.xlsx"));
    if (reader.ok())
        luotsi::fuzz::drain(*reader.value());
    return 0;
}

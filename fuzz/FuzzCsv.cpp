// libFuzzer entry point: one input is one csv file in memory.

#include "FuzzDrain.h"
#include "core/importing/readers/CsvReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto reader = luotsi::core::importing::CsvReader::open(bytes, QStringLiteral("fuzz.csv"), {});
    if (reader.ok())
        luotsi::fuzz::drain(*reader.value());
    return 0;
}

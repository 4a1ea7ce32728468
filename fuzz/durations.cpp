// ISO 8601 durations and timestamps (sim/time.hpp), as POST /_pcsim/clock and the suites' `advance`
// steps read them: the parsers take any text without undefined behaviour (UBSan aborts on it), and
// what they accept formats back without trouble.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sim/time.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)pcsim::sim::parseIsoDuration(text);
    if (auto timestamp = pcsim::sim::parseTimestamp(text)) {
        (void)pcsim::sim::formatTimestamp(*timestamp);
        (void)pcsim::sim::addYears(*timestamp, 1);
    }
    return 0;
}

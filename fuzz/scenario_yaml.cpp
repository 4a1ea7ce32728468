// Scenario YAML (scenario/loader.hpp): the loader never throws; a text it refuses comes back with
// at least one diagnostic, and one it accepts with none. Any exception escapes to libFuzzer, which
// reports it as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "scenario/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view yaml(reinterpret_cast<const char*>(data), size);
    const auto loaded = pcsim::scenario::loadScenarioText(yaml, "fuzz.yaml");
    if (loaded.ok() == !loaded.diagnostics.empty()) std::abort();
    for (const auto& diagnostic : loaded.diagnostics) (void)diagnostic.toString();
    return 0;
}

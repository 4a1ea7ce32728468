// Suite YAML (suite/loader.hpp): like the scenario loader, it never throws and reports every
// problem as a diagnostic. Relative `scenario:` paths are looked up in scenarios/suites, so the
// seeds' worlds (worlds/*.yaml, ../default.yaml) load as they do under `pcsim run`.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "suite/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view yaml(reinterpret_cast<const char*>(data), size);
    const auto loaded = pcsim::suite::loadSuiteText(yaml, "fuzz-suite.yaml", PCSIM_SUITES_DIR);
    if (loaded.ok() == !loaded.diagnostics.empty()) std::abort();
    for (const auto& diagnostic : loaded.diagnostics) (void)diagnostic.toString();
    (void)pcsim::suite::looksLikeSuite(yaml);
    return 0;
}

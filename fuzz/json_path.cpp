// JSON paths of the suites' `expect.json` and `save` (suite/json_path.hpp). The input is a path, a
// newline, then a JSON document: parsing the path never throws (a bad one is nullopt with a
// problem), and a parsed path is looked up in the document, whole and by its deepest parent.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "suite/json_path.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const std::string_view pathText = input.substr(0, newline);
    std::string problem;
    const auto path = pcsim::suite::JsonPath::parse(pathText, &problem);
    if (!path) {
        if (problem.empty()) std::abort();  // a refusal always says why
        return 0;
    }
    if (newline == std::string_view::npos) return 0;
    // The document is only the stage: text nlohmann refuses is skipped.
    const auto document = nlohmann::json::parse(input.substr(newline + 1), nullptr, false);
    if (document.is_discarded()) return 0;
    (void)path->find(document);
    (void)path->deepestParent(document);
    return 0;
}

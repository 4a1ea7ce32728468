#include "http/diagnostics_json.hpp"

#include "http/responses.hpp"
#include "sim/errors/partner_center.hpp"

namespace pcsim::http {

HttpResponse invalidInput(const std::string& what, const std::vector<scenario::Diagnostic>& diagnostics) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& d : diagnostics) list.push_back({{"line", d.line}, {"column", d.column}, {"message", d.message}});
    std::string description = what + " is not valid";
    if (!diagnostics.empty()) {
        description += " (" + std::to_string(diagnostics.size()) +
                       (diagnostics.size() == 1 ? " problem" : " problems") + "): " + diagnostics.front().toString();
    }
    return error(400, sim::general_error::invalidInput, description, {{"diagnostics", std::move(list)}});
}

}  // namespace pcsim::http

#include "http/azure_common.hpp"

#include "http/body.hpp"
#include "http/responses.hpp"
#include "partnercenter/text.hpp"
#include "sim/catalog.hpp"
#include "sim/errors/arm.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    bool quoted = false;
    for (char c : text) {
        if (c == '\'') quoted = !quoted;
        if (c == ' ' && !quoted) {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (quoted) throw BadRequest("$filter: a quoted value is not closed.");
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

std::string unquoted(std::string value) {
    if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') return value.substr(1, value.size() - 2);
    return value;
}

}  // namespace

HttpResponse armError(const sim::engine::ArmError& error) { return armError(error.http, error.code, error.message); }

void addArmRoute(Router& router, std::string method, std::string pattern, Handler handler) {
    router.add(
        std::move(method), std::move(pattern), Access::app,
        [handler = std::move(handler)](RequestContext& ctx) {
            auto version = ctx.request.queryParam("api-version");
            if (!version || version->empty())
                return armError(400, sim::arm_error::missingApiVersion,
                                "The api-version query parameter (?api-version=) is required for all requests.");
            return handler(ctx);
        },
        Changes::byMethod, ErrorShape::arm);
}

std::vector<FilterClause> parseFilter(std::string_view filter) {
    const auto tokens = words(filter);
    std::vector<FilterClause> clauses;
    for (std::size_t i = 0; i < tokens.size(); i += 4) {
        if (i + 2 >= tokens.size())
            throw BadRequest("$filter: expected 'property operator value' near '" + tokens[i] + "'.");
        clauses.push_back({tokens[i], toLower(tokens[i + 1]), unquoted(tokens[i + 2])});
        if (i + 3 < tokens.size() && !equalsIgnoreCase(tokens[i + 3], "and"))
            throw BadRequest("$filter: clauses are joined with 'and', not '" + tokens[i + 3] + "'.");
        if (i + 3 == tokens.size() - 1) throw BadRequest("$filter: nothing follows the last 'and'.");
    }
    return clauses;
}

sim::engine::DayIndex parseDay(std::string_view text, std::string_view what) {
    auto timestamp = sim::parseTimestamp(text);
    if (!timestamp)
        throw BadRequest(std::string(what) + ": '" + std::string(text) + "' is not a date such as 2026-01-05.");
    return sim::engine::dayOf(sim::engine::hourContaining(*timestamp));
}

}  // namespace pcsim::http

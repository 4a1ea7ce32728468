// Control plane: the sandbox's request journal and verification against it.
// GET /_pcsim/journal?method=&path=&status=&correlationId=&requestId=&since=&until=&limit= lists the
// matching entries, oldest first (`limit`: only the newest N of them); DELETE /_pcsim/journal clears
// it. POST /_pcsim/verify counts the entries matching a request pattern and compares the count with
// the expectation. Both use one matcher (http/request_pattern.hpp), so they always agree.
#include <charconv>

#include "http/body.hpp"
#include "http/context.hpp"
#include "http/json_fields.hpp"
#include "http/request_pattern.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::admin {

using partnercenter::text::equalsIgnoreCase;
namespace {

using http::HttpResponse;
using http::RequestContext;

constexpr std::size_t kVerifyExamples = 10;  // matching entries shown with a verification

std::size_t limitParam(const RequestContext& ctx) {
    auto text = ctx.request.queryParam("limit");
    if (!text) return std::numeric_limits<std::size_t>::max();
    std::size_t value = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc{} || end != text->data() + text->size())
        throw http::BadRequest("limit: '" + *text + "' is not a whole number of entries.");
    return value;
}

HttpResponse getJournal(RequestContext& ctx) {
    const auto pattern = http::requestPatternFromQuery(ctx.request);
    const std::size_t limit = limitParam(ctx);
    const auto& journal = ctx.state->journal;
    std::vector<http::JournalEntry> matching;
    for (auto& entry : journal.entries())
        if (pattern.matches(entry)) matching.push_back(std::move(entry));
    const std::size_t skip = matching.size() > limit ? matching.size() - limit : 0;
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (std::size_t i = skip; i < matching.size(); ++i) items.push_back(http::toJson(matching[i]));
    return http::json(200, nlohmann::ordered_json{{"totalCount", matching.size()},
                                                  {"dropped", journal.dropped()},
                                                  {"capacity", journal.capacity()},
                                                  {"items", std::move(items)}});
}

HttpResponse clearJournal(RequestContext& ctx) {
    ctx.state->journal.clear();
    return http::noContent();
}

std::optional<std::int64_t> countField(const nlohmann::json& body, const char* name) {
    auto value = http::integerField(body, name);
    if (value && *value < 0) throw http::BadRequest(std::string(name) + " must not be negative.");
    return value;
}

// {"request": {pattern}, "count": n} or "atLeast" and/or "atMost"; none given means at least one.
HttpResponse verify(RequestContext& ctx) {
    auto body = http::parseJsonBody(ctx.request);
    if (!body.is_object()) throw http::BadRequest("The body must be an object: {\"request\": {...}, \"count\": n}.");
    for (auto it = body.begin(); it != body.end(); ++it) {
        bool known = false;
        for (const char* key : {"request", "count", "atLeast", "atMost"})
            known = known || equalsIgnoreCase(it.key(), key);
        if (!known) throw http::BadRequest("Unknown key '" + it.key() + "'; use request, count, atLeast, atMost.");
    }
    const nlohmann::json* request = http::field(body, "request");
    const auto pattern = http::requestPatternFromJson(request ? *request : nlohmann::json());
    auto count = countField(body, "count");
    auto atLeast = countField(body, "atLeast");
    auto atMost = countField(body, "atMost");
    if (count && (atLeast || atMost)) throw http::BadRequest("Give either count or atLeast/atMost, not both.");
    if (!count && !atLeast && !atMost) atLeast = 1;

    std::int64_t matched = 0;
    nlohmann::ordered_json examples = nlohmann::ordered_json::array();
    const auto& journal = ctx.state->journal;
    for (const auto& entry : journal.entries()) {
        if (!pattern.matches(entry)) continue;
        if (++matched <= std::int64_t(kVerifyExamples)) examples.push_back(http::toJson(entry));
    }
    bool ok = true;
    nlohmann::ordered_json expected = nlohmann::ordered_json::object();
    if (count) {
        expected["count"] = *count;
        ok = matched == *count;
    }
    if (atLeast) {
        expected["atLeast"] = *atLeast;
        ok = ok && matched >= *atLeast;
    }
    if (atMost) {
        expected["atMost"] = *atMost;
        ok = ok && matched <= *atMost;
    }
    return http::json(200, nlohmann::ordered_json{{"ok", ok},
                                                  {"matched", matched},
                                                  {"expected", std::move(expected)},
                                                  {"request", pattern.toJson()},
                                                  // Requests that fell out of the journal are not counted.
                                                  {"dropped", journal.dropped()},
                                                  {"requests", std::move(examples)}});
}

}  // namespace

void addJournalRoutes(http::Router& router) {
    using http::Access;
    router.add("GET", "/_pcsim/journal", Access::control, getJournal);
    router.add("DELETE", "/_pcsim/journal", Access::control, clearJournal);
    router.add("POST", "/_pcsim/verify", Access::control, verify);
}

}  // namespace pcsim::admin

// Control plane: the sandbox's request journal and verification against it.
// GET /_pcsim/journal?method=&path=&status=&correlationId=&requestId=&since=&until=&limit= lists the
// matching entries, oldest first (`limit`: only the newest N of them); DELETE /_pcsim/journal clears
// it. POST /_pcsim/verify counts the entries matching a request pattern and compares the count with
// the expectation. Both use one matcher (http/request_pattern.hpp), so they always agree.
#include <charconv>

#include "http/body.hpp"
#include "http/context.hpp"
#include "http/request_pattern.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "http/wire/journal_answers.hpp"

namespace pcsim::admin {

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
    http::JournalPage page{matching.size(), journal.dropped(), journal.capacity(), {}};
    page.items.assign(std::make_move_iterator(matching.begin() + std::ptrdiff_t(skip)),
                      std::make_move_iterator(matching.end()));
    return http::json(200, page);
}

HttpResponse clearJournal(RequestContext& ctx) {
    ctx.state->journal.clear();
    return http::noContent();
}

void checkCount(const std::optional<std::int64_t>& value, const char* name) {
    if (value && *value < 0) throw http::BadRequest(std::string(name) + " must not be negative.");
}

// {"request": {pattern}, "count": n} or "atLeast" and/or "atMost"; none given means at least one.
HttpResponse verify(RequestContext& ctx) {
    auto body = http::parseJsonBody(ctx.request);
    if (!body.is_object()) throw http::BadRequest("The body must be an object: {\"request\": {...}, \"count\": n}.");
    // A typo must not silently verify "at least one of anything".
    http::onlyKeys(body, {"request", "count", "atLeast", "atMost"}, "key", http::ListAllowed::yes);
    const auto asked = http::readModel<http::VerifyRequest>(body);
    const auto pattern = http::requestPatternFromJson(asked.request.value_or(nlohmann::json()));
    http::Verification answer;
    answer.request = http::requestPatternDocument(pattern);
    auto& expected = answer.expected;
    expected = asked.expectation;
    checkCount(expected.count, "count");
    checkCount(expected.atLeast, "atLeast");
    checkCount(expected.atMost, "atMost");
    if (expected.count && (expected.atLeast || expected.atMost))
        throw http::BadRequest("Give either count or atLeast/atMost, not both.");
    if (!expected.count && !expected.atLeast && !expected.atMost) expected.atLeast = 1;

    const auto& journal = ctx.state->journal;
    for (auto& entry : journal.entries()) {
        if (!pattern.matches(entry)) continue;
        if (++answer.matched <= std::int64_t(kVerifyExamples)) answer.requests.push_back(std::move(entry));
    }
    answer.dropped = journal.dropped();
    answer.ok = (!expected.count || answer.matched == *expected.count) &&
                (!expected.atLeast || answer.matched >= *expected.atLeast) &&
                (!expected.atMost || answer.matched <= *expected.atMost);
    return http::json(200, answer);
}

}  // namespace

void addJournalRoutes(http::Router& router) {
    using http::Access;
    router.add("GET", "/_pcsim/journal", Access::control, getJournal);
    router.add("DELETE", "/_pcsim/journal", Access::control, clearJournal);
    router.add("POST", "/_pcsim/verify", Access::control, verify);
}

}  // namespace pcsim::admin

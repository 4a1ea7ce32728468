#include "http/wire/journal_answers.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(JournalPage) {
    v.required("totalCount", x.totalCount);
    v.required("dropped", x.dropped);
    v.required("capacity", x.capacity);
    v.required("items", x.items);
}

PCSIM_WIRE_MODEL(VerifyExpectation) {
    v.optional("count", x.count);
    v.optional("atLeast", x.atLeast);
    v.optional("atMost", x.atMost);
}

// The expectation's fields sit beside "request" in the body, not nested.
template <>
struct wire::Fields<VerifyRequest> {
    template <class V, class T>
    static void apply(V& v, T& x) {
        v.optional("request", x.request);
        Fields<VerifyExpectation>::apply(v, x.expectation);
    }
};
void to_json(nlohmann::ordered_json& j, const VerifyRequest& value) { wire::writeFields(j, value); }
void read_json(const nlohmann::json& j, const ::partnercenter::models::Path& path, VerifyRequest& value) {
    wire::readFields(j, path, value);
}

// Written only: the pattern is read by requestPatternFromJson, which shares its checks with the
// query form of GET /_pcsim/journal.
void to_json(nlohmann::ordered_json& j, const RequestPattern& pattern) {
    auto given = [](const std::string& text) { return text.empty() ? std::nullopt : std::optional(text); };
    auto time = [](const std::optional<sim::Timestamp>& at) {
        return at ? std::optional(sim::formatTimestamp(*at)) : std::nullopt;
    };
    wire::Builder v(j);
    v.optional("method", given(pattern.method));
    v.optional("path", given(pattern.path));
    v.optional("status", pattern.status);
    if (pattern.statusClass) v.required("status", std::to_string(*pattern.statusClass) + "xx");
    v.optional("correlationId", pattern.correlationId);
    v.optional("requestId", pattern.requestId);
    v.optional("fault", pattern.fault);
    v.optional("since", time(pattern.since));
    v.optional("until", time(pattern.until));
    v.optional("simSince", time(pattern.simSince));
    v.optional("simUntil", time(pattern.simUntil));
}

PCSIM_WIRE_MODEL(Verification) {
    v.required("ok", x.ok);
    v.required("matched", x.matched);
    v.required("expected", x.expected);
    if constexpr (std::is_const_v<T>) v.required("request", x.request);  // written only (above)
    v.required("dropped", x.dropped);
    v.required("requests", x.requests);
}

}  // namespace pcsim::http

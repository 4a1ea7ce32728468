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

PCSIM_WIRE_MODEL(Verification) {
    v.required("ok", x.ok);
    v.required("matched", x.matched);
    v.required("expected", x.expected);
    v.required("request", x.request);
    v.required("dropped", x.dropped);
    v.required("requests", x.requests);
}

}  // namespace pcsim::http

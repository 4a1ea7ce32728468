#include "partnercenter/models/common.hpp"

#include "writer.hpp"

#include <array>

namespace partnercenter::models {

// ---- BillingCycle --------------------------------------------------------------------------

namespace {

struct BillingCycleName {
    BillingCycle value;
    std::string_view snake;
};

constexpr std::array<BillingCycleName, 7> billing_cycle_names{{
    {BillingCycle::unknown, "unknown"},
    {BillingCycle::monthly, "monthly"},
    {BillingCycle::annual, "annual"},
    {BillingCycle::none, "none"},
    {BillingCycle::one_time, "one_time"},
    {BillingCycle::triennial, "triennial"},
    {BillingCycle::biennial, "biennial"},
}};

// Lower-cases and drops underscores, so that OneTime, one_time, ONE_TIME and onetime compare equal.
bool same_enum_name(std::string_view a, std::string_view b) noexcept {
    auto next = [](std::string_view s, std::size_t& i) -> int {
        while (i < s.size() && s[i] == '_') ++i;
        if (i == s.size()) return -1;
        char c = s[i++];
        return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : static_cast<unsigned char>(c);
    };
    std::size_t i = 0;
    std::size_t k = 0;
    for (;;) {
        const int ca = next(a, i);
        const int cb = next(b, k);
        if (ca != cb) return false;
        if (ca == -1) return true;
    }
}

template <class J>
void write_billing_cycle(J& j, BillingCycle value) {
    j = std::string(to_string(value));
}

}  // namespace

std::string_view to_string(BillingCycle value) noexcept {
    for (const auto& n : billing_cycle_names) {
        if (n.value == value) return n.snake;
    }
    return "unknown";
}

std::optional<BillingCycle> billing_cycle_from_string(std::string_view text) noexcept {
    for (const auto& n : billing_cycle_names) {
        if (same_enum_name(text, n.snake)) return n.value;
    }
    return std::nullopt;
}

void to_json(nlohmann::json& j, const BillingCycle& value) { write_billing_cycle(j, value); }
void to_json(nlohmann::ordered_json& j, const BillingCycle& value) { write_billing_cycle(j, value); }
void from_json(const nlohmann::json& j, BillingCycle& value) { read_json(j, Path{}, value); }

void read_json(const nlohmann::json& j, const Path& path, BillingCycle& value) {
    if (j.is_string()) {
        const auto& s = j.get_ref<const std::string&>();
        if (auto v = billing_cycle_from_string(s)) {
            value = *v;
            return;
        }
        std::string shown = s.size() > 40 ? s.substr(0, 40) + "..." : s;
        path.fail("unknown billing cycle '" + shown +
                  "' (expected one of unknown, monthly, annual, none, one_time, triennial, biennial)");
    }
    if (j.is_number()) {
        int n = 0;
        read_json(j, path, n);
        if (n < 0 || n >= static_cast<int>(billing_cycle_names.size())) {
            path.fail("unknown billing cycle " + std::to_string(n) + " (expected 0..6)");
        }
        value = static_cast<BillingCycle>(n);
        return;
    }
    detail::fail_type(path, "a billing cycle string", j);
}

// ---- links, attributes ------------------------------------------------------------------

PCSIM_MODEL(LinkHeader) {
    v.required("key", x.key);
    v.required("value", x.value);
}

PCSIM_MODEL(Link) {
    v.required("uri", x.uri);
    v.defaulted("method", x.method);
    v.defaulted("headers", x.headers);
    v.freeform("body", x.body);
}

PCSIM_MODEL(SelfLinks) { v.optional("self", x.self); }

PCSIM_MODEL(CollectionLinks) {
    v.required("self", x.self);
    v.optional("next", x.next);
    v.optional("previous", x.previous);
}

PCSIM_MODEL(ResourceAttributes) {
    v.optional("etag", x.etag);
    v.required("objectType", x.objectType);
}

}  // namespace partnercenter::models

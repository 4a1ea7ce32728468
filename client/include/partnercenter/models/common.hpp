// Shared pieces of every resource: links, resource attributes, collections, BillingCycle.
// Contract: partner-center-api.md §4.
#pragma once

#include "partnercenter/models/json_text.hpp"
#include "partnercenter/models/reader.hpp"

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace partnercenter::models {

// ---- BillingCycleType (§4.2) -------------------------------------------------------------

/// Written lower_snake_case ("one_time"); read case-insensitively from snake or Pascal case
/// ("OneTime", "one_time", "onetime", "ONE_TIME") or from its integer value (0..6). Any other
/// string or integer is a ParseError.
enum class BillingCycle { unknown, monthly, annual, none, one_time, triennial, biennial };

/// "one_time" etc.
[[nodiscard]] std::string_view to_string(BillingCycle value) noexcept;
/// Case-insensitive, underscores ignored; nullopt when unknown. Usable for query parameters
/// (`billingType=onetime`).
[[nodiscard]] std::optional<BillingCycle> billing_cycle_from_string(std::string_view text) noexcept;

void to_json(nlohmann::json& j, const BillingCycle& value);
void to_json(nlohmann::ordered_json& j, const BillingCycle& value);
void from_json(const nlohmann::json& j, BillingCycle& value);
void read_json(const nlohmann::json& j, const Path& path, BillingCycle& value);

// ---- Link (§4.4) -------------------------------------------------------------------------------

struct LinkHeader {
    std::string key{};
    std::string value{};
    bool operator==(const LinkHeader&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(LinkHeader);

/// `uri` required; `method` defaults to GET and `headers` to [] when absent on input; both are
/// always written. `body` (swagger only) is free-form, null = absent.
struct Link {
    std::string uri{};
    std::string method = "GET";
    std::vector<LinkHeader> headers{};
    nlohmann::json body{};
    bool operator==(const Link&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Link);

/// `links` of resources that only have a self link.
struct SelfLinks {
    std::optional<Link> self{};
    bool operator==(const SelfLinks&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(SelfLinks);

/// `links` of a collection (§4.5, §4.6).
struct CollectionLinks {
    Link self{};
    std::optional<Link> next{};
    std::optional<Link> previous{};
    bool operator==(const CollectionLinks&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CollectionLinks);

// ---- attributes (§4.4) -------------------------------------------------------------------------

struct ResourceAttributes {
    std::optional<std::string> etag{};
    std::string objectType{};
    bool operator==(const ResourceAttributes&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(ResourceAttributes);

// ---- Collection<T> (§4.5) ----------------------------------------------------------------------

/// A (seek-based) collection. `items` and `totalCount` are required on input; `attributes`
/// defaults to {objectType: "Collection"} and is always written; `links` and
/// `continuationToken` are omitted when absent. Check-inventory answers a bare array instead:
/// use std::vector<InventoryItem>.
template <class T>
struct Collection {
    int totalCount = 0;
    std::vector<T> items{};
    std::optional<CollectionLinks> links{};
    ResourceAttributes attributes{std::nullopt, "Collection"};
    std::optional<std::string> continuationToken{};

    /// totalCount = items.size() (the number of items in this page).
    static Collection of(std::vector<T> items, std::optional<CollectionLinks> links = std::nullopt) {
        Collection c;
        c.totalCount = static_cast<int>(items.size());
        c.items = std::move(items);
        c.links = std::move(links);
        return c;
    }

    bool operator==(const Collection&) const = default;
};

template <class J, class T>
requires std::same_as<J, nlohmann::json> || std::same_as<J, nlohmann::ordered_json>
void to_json(J& j, const Collection<T>& c) {
    j = J::object();
    j["totalCount"] = c.totalCount;
    j["items"] = c.items;
    if (c.links) j["links"] = *c.links;
    j["attributes"] = c.attributes;
    if (c.continuationToken) j["continuationToken"] = *c.continuationToken;
}

template <class T>
void write_json(std::string& out, const Collection<T>& c) {
    text::ObjectWriter w(out);
    w.required("totalCount", c.totalCount);
    w.required("items", c.items);
    w.optional("links", c.links);
    w.required("attributes", c.attributes);
    w.optional("continuationToken", c.continuationToken);
    w.close();
}

template <class T>
void read_json(const nlohmann::json& j, const Path& path, Collection<T>& c) {
    c = Collection<T>{};
    Reader r(j, path);
    r.required("totalCount", c.totalCount);
    r.required("items", c.items);
    r.optional("links", c.links);
    r.defaulted("attributes", c.attributes);
    r.optional("continuationToken", c.continuationToken);
}

template <class T>
void from_json(const nlohmann::json& j, Collection<T>& c) {
    read_json(j, Path{}, c);
}

}  // namespace partnercenter::models

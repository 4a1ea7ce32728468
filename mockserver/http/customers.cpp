// GET /v1/customers (seek paging) and GET /v1/customers/{customerId}.
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/render.hpp"
#include "http/responses.hpp"
#include "http/routes.hpp"
#include "partnercenter/text.hpp"
#include "sim/customers_ops.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::percentEncode;

namespace {

// filter = {"Field":"CompanyName","Value":"fab","Operator":"starts_with"} (URL-encoded JSON).
std::optional<sim::CustomerFilter> customerFilter(const HttpRequest& request) {
    auto text = request.queryParam("filter");
    if (!text || text->empty()) return std::nullopt;
    auto filter = nlohmann::json::parse(*text, nullptr, false);
    if (filter.is_discarded() || !filter.is_object())
        throw BadRequest("The query parameter 'filter' is not a JSON object.");
    auto readField = [&](std::string_view name) -> std::string {
        for (auto& [key, value] : filter.items())
            if (equalsIgnoreCase(key, name) && value.is_string()) return value.get<std::string>();
        return {};
    };
    return sim::CustomerFilter{readField("Field"), readField("Value"), readField("Operator")};
}

HttpResponse listCustomers(RequestContext& ctx) {
    const auto& request = ctx.request;
    auto size = sim::readPageSize(request.queryParam("size"));
    if (!size) return error(size.error());
    auto filter = customerFilter(request);
    auto token = request.header("ms-continuationtoken");
    auto page = [&] {
        auto lock = ctx.lockWorld();
        return sim::listCustomers(ctx.world(), *size, filter,
                                  token ? std::optional<std::string_view>(*token) : std::nullopt);
    }();
    if (!page) return error(page.error());

    std::vector<models::Customer> items;
    for (const auto& customer : page->items) items.push_back(renderCustomer(customer, false));
    std::string query = "size=" + std::to_string(page->size);
    if (auto f = request.queryParam("filter")) query += "&filter=" + partnercenter::text::percentEncode(*f);
    auto result = collection(std::move(items), "/customers?" + query);
    if (page->continuationToken) {
        auto next = link("/customers?" + query + "&seekOperation=Next");
        next.headers.push_back({"MS-ContinuationToken", *page->continuationToken});
        result.links->next = next;
        result.continuationToken = page->continuationToken;
    }
    return json(200, result);
}

HttpResponse getCustomer(RequestContext& ctx) {
    auto customer = [&] {
        auto lock = ctx.lockWorld();
        return sim::getCustomer(ctx.world(), ctx.param("customerId"));
    }();
    return respond(customer, 200, [](const sim::Customer& c) { return renderCustomer(c, true); });
}

}  // namespace

void addCustomerRoutes(Router& router) {
    router.add("GET", "/v1/customers", Access::app, listCustomers);
    router.add("GET", "/v1/customers/{customerId}", Access::app, getCustomer);
}

}  // namespace pcsim::http

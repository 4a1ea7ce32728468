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

int pageSize(const HttpRequest& request) {
    auto size = request.queryParam("size");
    if (!size || size->empty()) return 0;
    try {
        std::size_t used = 0;
        long value = std::stol(*size, &used);
        if (used != size->size()) throw std::invalid_argument("size");
        return static_cast<int>(std::clamp<long>(value, -1, sim::maxCustomerPageSize + 1));
    } catch (const std::exception&) {
        throw BadRequest("The query parameter 'size' must be an integer, got '" + *size + "'.");
    }
}

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
    sim::CustomerFilter out{readField("Field"), readField("Value")};
    auto op = readField("Operator");
    if (!equalsIgnoreCase(out.field, "CompanyName") && !equalsIgnoreCase(out.field, "Domain"))
        throw BadRequest("filter.Field must be CompanyName or Domain.");
    if (!op.empty() && !equalsIgnoreCase(op, "starts_with")) throw BadRequest("filter.Operator must be starts_with.");
    return out;
}

HttpResponse listCustomers(RequestContext& ctx) {
    const auto& request = ctx.request;
    int size = pageSize(request);
    auto filter = customerFilter(request);
    auto token = request.header("ms-continuationtoken");
    auto page = [&] {
        auto lock = ctx.lockWorld();
        return sim::listCustomers(ctx.world(), size, filter,
                                  token ? std::optional<std::string_view>(*token) : std::nullopt);
    }();
    if (!page) return error(page.error());

    std::vector<models::Customer> items;
    for (const auto& customer : page->items) items.push_back(renderCustomer(customer, false));
    int effectiveSize = size <= 0 ? sim::defaultCustomerPageSize : std::min(size, sim::maxCustomerPageSize);
    std::string query = "size=" + std::to_string(effectiveSize);
    if (auto f = request.queryParam("filter")) query += "&filter=" + percentEncode(*f);
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

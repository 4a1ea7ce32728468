#include "partnercenter/reservation_search.hpp"

#include "partnercenter/catalog_spelling.hpp"
#include "partnercenter/models/reader.hpp"
#include "partnercenter/text.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace partnercenter {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;

namespace {

// SKU dynamic attributes are free-form; keys are matched without case, values are strings (or,
// leniently, numbers).
std::string attribute(const models::Sku& sku, std::string_view name) {
    if (!sku.dynamicAttributes.is_object()) return {};
    for (const auto& [key, value] : sku.dynamicAttributes.items()) {
        if (!equalsIgnoreCase(key, name)) continue;
        if (value.is_string()) return value.get<std::string>();
        if (value.is_number()) return value.dump();
    }
    return {};
}

// "Standard_D4s_v3", "standard_d4s_v3" and "D4s_v3" name the same size.
std::string normalisedSize(std::string size) {
    size = toLower(std::move(size));
    constexpr std::string_view prefix = "standard_";
    if (size.rfind(prefix, 0) == 0) size.erase(0, prefix.size());
    return size;
}

// "DSv3" and "DSv3 Series" both match the product "Virtual Machines DSv3 Series", as whole words.
bool seriesMatches(const std::string& series, const models::Product& product) {
    std::string wanted = toLower(series);
    constexpr std::string_view suffix = " series";
    if (wanted.size() > suffix.size() && wanted.compare(wanted.size() - suffix.size(), suffix.size(), suffix) == 0)
        wanted.erase(wanted.size() - suffix.size());
    const std::string title = " " + toLower(product.title.value_or("")) + " ";
    return title.find(" " + wanted + " ") != std::string::npos;
}

bool termMatches(const std::string& term, const models::Availability& availability) {
    for (const auto& t : availability.terms.value_or(std::vector<models::AvailabilityTerm>{}))
        if (equalsIgnoreCase(t.duration, term)) return true;
    return false;
}

bool hasPrerequisite(const models::Sku& sku, std::string_view name) {
    for (const auto& p : sku.purchasePrerequisites.value_or(std::vector<std::string>{}))
        if (equalsIgnoreCase(p, name)) return true;
    return false;
}

}  // namespace

std::string ReservationOffer::catalogItemId() const {
    return availability.catalogItemId.value_or(catalog::catalogItemId(product.id, sku.id, availability.id));
}
std::string ReservationOffer::armSkuName() const { return attribute(sku, "armSkuName"); }
std::string ReservationOffer::armRegionName() const { return attribute(sku, "armRegionName"); }
std::string ReservationOffer::regionDisplayName() const { return attribute(sku, "region"); }
std::string ReservationOffer::term() const {
    const auto& terms = availability.terms;
    return terms && !terms->empty() ? terms->front().duration : std::string{};
}
std::optional<double> ReservationOffer::unitPrice() const {
    if (availability.pricing) return availability.pricing->listPrice;
    return std::nullopt;
}
std::string ReservationOffer::currencyCode() const {
    if (availability.pricing && !availability.pricing->currencyCode.empty()) return availability.pricing->currencyCode;
    return availability.defaultCurrency ? availability.defaultCurrency->code : std::string{};
}
bool ReservationOffer::requiresInventoryCheck() const { return hasPrerequisite(sku, "InventoryCheck"); }
bool ReservationOffer::requiresRegistration() const { return hasPrerequisite(sku, "AzureSubscriptionRegistration"); }

std::vector<ReservationOffer> searchReservations(const PartnerClient& partner, const ReservationQuery& query) {
    if (!query.country && !query.customerId)
        throw std::invalid_argument("searchReservations: give a country or a customer id");
    ProductCollection catalog =
        query.country ? partner.products(*query.country) : partner.customers().byId(*query.customerId).products();
    catalog = catalog.withPrices();
    if (query.reservationScope) catalog = catalog.withReservationScope(*query.reservationScope);

    std::vector<ReservationOffer> offers;
    for (const auto& product : catalog.byTargetView("AzureReservationsVM").items) {
        if (query.series && !seriesMatches(*query.series, product)) continue;
        auto productOps = catalog.byId(product.id);
        for (const auto& sku : productOps.skus().get().items) {
            if (query.size && normalisedSize(attribute(sku, "armSkuName")) != normalisedSize(*query.size)) continue;
            if (query.region && !equalsIgnoreCase(attribute(sku, "armRegionName"), *query.region)) continue;
            for (const auto& availability : productOps.skus().byId(sku.id).availabilities().get().items) {
                if (!availability.isPurchasable.value_or(true)) continue;
                if (query.term && !termMatches(*query.term, availability)) continue;
                offers.push_back(ReservationOffer{product, sku, availability});
            }
        }
    }
    return offers;
}

}  // namespace partnercenter

// Flat summaries of a finished purchase and of a reservation offer, as `pcctl --json` prints them
// (and a program may log them). Not Partner Center resources, but described like the wire models,
// so that the printed document is one field list and reads back.
#pragma once

#include "partnercenter/models/entitlement.hpp"
#include "partnercenter/models/order.hpp"

#include <optional>
#include <string>
#include <vector>

namespace partnercenter::models {

/// `pcctl buy --json`.
struct PurchaseSummary {
    std::string orderId{};
    std::string status{};
    std::string customerId{};
    std::string subscriptionId{};
    std::string cartId{};
    std::optional<double> totalPrice{};  ///< null when the service gives none
    std::string currencyCode{};
    std::vector<Reservation> reservations{};
    std::optional<std::string> reservationsNote{};  ///< only when the reservations could not be read
    std::vector<Order> orders{};
    bool operator==(const PurchaseSummary&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(PurchaseSummary);

/// One row of `pcctl catalog search --json`.
struct OfferSummary {
    std::string catalogItemId{};
    std::string productId{};
    std::string skuId{};
    std::string availabilityId{};
    std::string product{};  ///< the product's title
    std::string size{};     ///< ARM SKU name, "Standard_D4s_v3"
    std::string region{};   ///< ARM region name, "eastus2"
    std::string regionName{};
    std::string term{};                 ///< "P1Y"
    std::optional<double> unitPrice{};  ///< null when the service gives none
    std::string currencyCode{};
    bool operator==(const OfferSummary&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(OfferSummary);

}  // namespace partnercenter::models

// Finding reserved VM instances in the catalog by what a person knows: market, term, region,
// VM series and size. Walks products (targetView AzureReservationsVM) → SKUs → availabilities.
#pragma once

#include "partnercenter/models/catalog.hpp"
#include "partnercenter/partner_client.hpp"

#include <optional>
#include <string>
#include <vector>

namespace partnercenter {

/// Every criterion is optional; absent means "any". Matching ignores letter case.
struct ReservationQuery {
    /// The market's catalog (e.g. "US"). Absent: the catalog of `customerId`.
    std::optional<std::string> country{};
    std::optional<std::string> customerId{};
    std::optional<std::string> term{};    ///< "P1Y" or "P3Y"
    std::optional<std::string> region{};  ///< ARM region name, e.g. "eastus2"
    /// VM series as in the product title: "DSv3" or "DSv3 Series".
    std::optional<std::string> series{};
    /// VM size: "Standard_D4s_v3" or "D4s_v3".
    std::optional<std::string> size{};
    /// "AzurePlan" for customers buying under an Azure plan (separate availabilities).
    std::optional<std::string> reservationScope{};
};

/// One purchasable reservation: a product, SKU and availability (term).
struct ReservationOffer {
    models::Product product{};
    models::Sku sku{};
    models::Availability availability{};

    [[nodiscard]] std::string catalogItemId() const;
    [[nodiscard]] std::string armSkuName() const;
    [[nodiscard]] std::string armRegionName() const;
    [[nodiscard]] std::string regionDisplayName() const;
    [[nodiscard]] std::string term() const;  ///< first term's ISO duration, "P1Y"
    /// Price per instance for the whole term, when the service gave one (pcsim only; see
    /// models::AvailabilityPrice).
    [[nodiscard]] std::optional<double> unitPrice() const;
    [[nodiscard]] std::string currencyCode() const;
    [[nodiscard]] bool requiresInventoryCheck() const;
    [[nodiscard]] bool requiresRegistration() const;
};

/// All offers matching the query, in catalog order. Asks for prices (include_price=true).
[[nodiscard]] std::vector<ReservationOffer> searchReservations(const PartnerClient& partner,
                                                               const ReservationQuery& query);

}  // namespace partnercenter

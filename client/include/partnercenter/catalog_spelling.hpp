// How Partner Center spells the parts of what is bought, shared by the client and the simulator so
// that both sides read and write them alike: the catalog item id and a reservation's term. No
// dependencies (sim, which may not see JSON, uses it too).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace partnercenter::catalog {

/// The id a cart line names its catalog item by: "productId:skuId:availabilityId" (contract §8).
[[nodiscard]] std::string catalogItemId(std::string_view productId, std::string_view skuId,
                                        std::string_view availabilityId);

struct CatalogItemIdParts {
    std::string_view productId;
    std::string_view skuId;
    std::string_view availabilityId;
};
/// The three parts of a catalog item id; nothing unless there are exactly three (which may be empty).
[[nodiscard]] std::optional<CatalogItemIdParts> splitCatalogItemId(std::string_view catalogItemId) noexcept;

/// A reservation term in either spelling the service accepts — ISO "P1Y"/"P3Y"/"P5Y" (termDuration)
/// or "1Year", "3Year(s)", "5Year(s)" (provisioningContext duration), case-insensitive — as
/// "P1Y"/"P3Y"/"P5Y"; nothing for anything else.
[[nodiscard]] std::optional<std::string> normaliseTerm(std::string_view text);
/// Whole years of a normalised term: "P3Y" → 3 (0 when it is not one).
[[nodiscard]] int termYears(std::string_view normalisedTerm) noexcept;
/// The provisioningContext `duration` and the SKU's `duration` attribute spelling of a term
/// (contract §13.3): "P1Y" → "1Year", "P3Y" → "3Years"; any other text as given.
[[nodiscard]] std::string durationSpelling(std::string_view term);

}  // namespace partnercenter::catalog

#pragma once
// The texts and attributes pcsim fills in when a scenario leaves them out, spelled as Partner Center
// spells them ("Reserved VM Instance, Standard_D4s_v3, US East 2, 1 Year").
#include <string>
#include <string_view>
#include <vector>

namespace pcsim::scenario {

// The reservation terms the API enumerates (contract/azure-reservations.md §3).
const std::vector<std::string>& reservationTerms();  // P1Y, P3Y, P5Y
std::string termDisplayName(std::string_view term);  // "P1Y" → "1 Year", "P3Y" → "3 Years"

// With one term the title ends with it, as real (one-term) SKUs do; with several it is left out.
std::string defaultSkuTitle(std::string_view armSkuName, std::string_view region,
                            const std::vector<std::string>& terms);
std::string defaultSkuDescription(std::string_view armSkuName, std::string_view region,
                                  const std::vector<std::string>& terms);
std::string defaultProductTitle(std::string_view isfGroup);        // "Virtual Machines DSv3 Series"
std::string defaultProductDescription(std::string_view isfGroup);  // "Reserved virtual machine instances, DSv3 series"
// The SKU `category` attribute: "Memory optimized" for the high-memory and E groups, else "General purpose".
std::string categoryOfGroup(std::string_view isfGroup);
// The currency symbol of common ISO 4217 codes; the code itself for others.
std::string currencySymbolOf(std::string_view code);

}  // namespace pcsim::scenario

#pragma once
// JSON as clients really send it: property names and enum values respelled in another letter case
// (PascalCase, UPPER, mixed), and random documents built from the API's own vocabulary.
#include <rapidcheck.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pcsim::properties {

// Letter-case styles, applied to successive names in document order (cycling through the list).
enum class Casing { asIs, lower, upper, pascal, alternating };
rc::Gen<std::vector<Casing>> genCasings();

std::string respellName(const std::string& name, Casing casing);
// An enum value in another accepted spelling: one_time → ONE_TIME, OneTime, onetime, oNe_TiMe.
std::string respellEnum(const std::string& value, Casing casing);

// Every property name respelled, except the keys inside free-form and map-valued properties
// (provisioningContext, dynamicAttributes, ...), whose keys are data. With `enums`, the values of
// `billingCycle` are respelled too.
nlohmann::json respellDocument(const nlohmann::json& document, const std::vector<Casing>& casings, bool enums);

// Arbitrary JSON whose keys come mostly from the purchase API's vocabulary (in random case), so that
// random documents reach deep into the request readers. Depth ≤ 4.
rc::Gen<nlohmann::json> genVocabularyJson();

void showValue(Casing casing, std::ostream& os);

}  // namespace pcsim::properties

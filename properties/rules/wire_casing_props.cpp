// Parsing is case-insensitive on property names and on enum values (DECISIONS.md, "Request JSON
// casing"): a document respelled in any letter case reads as the original.
#include "support/property.hpp"

#include "gen/json_gen.hpp"
#include "gen/model_gen.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

template <class T>
void assertReadsTheSame(const T& value, const std::vector<Casing>& casings, bool enums) {
    const nlohmann::json respelled = respellDocument(nlohmann::json(value), casings, enums);
    RC_LOG() << "respelled: " << respelled.dump() << "\n";
    RC_ASSERT(models::parse<T>(respelled) == value);
}

PCSIM_PROPERTY(Casing, PropertyNamesInAnyLetterCase, ()) {
    const auto casings = *genCasings();
    assertReadsTheSame(*genWireCart(), casings, false);
    assertReadsTheSame(*genWireEntitlement(), casings, false);
    assertReadsTheSame(*genWireSubscription(), casings, false);
}

PCSIM_PROPERTY(Casing, EnumValuesInAnyLetterCase, ()) {
    const auto casings = *genCasings();
    assertReadsTheSame(*genWireCart(), casings, true);
    assertReadsTheSame(*genCheckoutResult(), casings, true);

    // BillingCycle alone: every spelling, and the SDK's integer value.
    const auto cycle =
        *gen::element(models::BillingCycle::unknown, models::BillingCycle::monthly, models::BillingCycle::annual,
                      models::BillingCycle::none, models::BillingCycle::one_time, models::BillingCycle::triennial,
                      models::BillingCycle::biennial);
    const Casing casing =
        *gen::element(Casing::asIs, Casing::lower, Casing::upper, Casing::pascal, Casing::alternating);
    const std::string spelled = respellEnum(std::string(models::to_string(cycle)), casing);
    RC_LOG() << "billing cycle spelled " << spelled << "\n";
    RC_ASSERT(models::billing_cycle_from_string(spelled) == std::optional(cycle));
    RC_ASSERT(models::parse<models::BillingCycle>(nlohmann::json(spelled)) == cycle);
    RC_ASSERT(models::parse<models::BillingCycle>(nlohmann::json(int(cycle))) == cycle);

    // CartError.errorCode given by name, as older services sent it.
    const auto named = *gen::element(std::pair<std::string, int>{"subscription_not_registered", 10011},
                                     std::pair<std::string, int>{"invalid_input", 10010},
                                     std::pair<std::string, int>{"catalog_item_id_is_not_valid", 10001});
    const std::string code = respellEnum(named.first, casing);
    RC_LOG() << "errorCode spelled " << code << "\n";
    const auto error = models::parse<models::CartError>(nlohmann::json{{"errorCode", code}, {"errorDescription", "x"}});
    RC_ASSERT(error.errorCode == named.second);
}

}  // namespace
}  // namespace pcsim::properties

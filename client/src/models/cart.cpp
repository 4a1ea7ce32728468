#include "partnercenter/models/cart.hpp"

#include "writer.hpp"

#include <array>
#include <utility>

namespace partnercenter::models {

namespace {

constexpr std::array<std::pair<std::string_view, int>, 21> cart_error_names{{
    {"Unknown", 0},
    {"CurrencyIsNotSupported", 10000},
    {"CatalogItemIdIsNotValid", 10001},
    {"QuotaNotAvailable", 10002},
    {"InventoryNotAvailable", 10003},
    {"ParticipantsIsNotSupportedForPartner", 10004},
    {"UnableToProcessCartLineItem", 10006},
    {"SubscriptionIsNotValid", 10007},
    {"SubscriptionIsNotEnabledForRI", 10008},
    {"SandboxLimitExceeded", 10009},
    {"InvalidInput", 10010},
    {"SubscriptionNotRegistered", 10011},
    {"AttestationNotAccepted", 10012},
    {"BillingPlanNotSupported", 10013},
    {"InvalidPromotionId", 10014},
    {"MaxAllowedSeatsPerSubscriptionExceeded", 10015},
    {"InvalidCustomTermEndDateProduct", 10016},
    {"InvalidCustomTermEndDate", 10017},
    {"BaseOfferSeatQuantityNotMet", 10018},
    {"MinimumAddOnSeatsNotMet", 10019},
    {"LegacyOfferNotEligibleForPurchase", 500600},
}};

// Case-insensitive comparison that ignores underscores (snake and Pascal spellings match).
bool same_name(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0;
    std::size_t k = 0;
    for (;;) {
        while (i < a.size() && a[i] == '_') ++i;
        while (k < b.size() && b[k] == '_') ++k;
        if (i == a.size() || k == b.size()) return i == a.size() && k == b.size();
        char ca = a[i++];
        char cb = b[k++];
        if (ca >= 'A' && ca <= 'Z') ca = static_cast<char>(ca - 'A' + 'a');
        if (cb >= 'A' && cb <= 'Z') cb = static_cast<char>(cb - 'A' + 'a');
        if (ca != cb) return false;
    }
}

void read_cart_error_code(const nlohmann::json& j, const Path& path, int& out) {
    if (j.is_string()) {
        if (auto code = cart_error_code_from_name(j.get_ref<const std::string&>())) {
            out = *code;
            return;
        }
        read_int_or_numeric_string(j, path, out);  // digits, or a ParseError naming the field
        return;
    }
    read_json(j, path, out);
}

}  // namespace

std::optional<int> cart_error_code_from_name(std::string_view name) noexcept {
    for (const auto& [n, code] : cart_error_names) {
        if (same_name(n, name)) return code;
    }
    return std::nullopt;
}

PCSIM_MODEL(CartError) {
    v.required("errorCode", x.errorCode, read_cart_error_code);
    v.required("errorDescription", x.errorDescription);
    v.freeform("additionalInformation", x.additionalInformation);
}

PCSIM_MODEL(Participant) {
    v.required("key", x.key);
    v.required("value", x.value);
}

PCSIM_MODEL(CartLineItem) {
    v.optional("id", x.id);
    v.required("catalogItemId", x.catalogItemId);
    v.optional("friendlyName", x.friendlyName);
    v.required("quantity", x.quantity);
    v.optional("currencyCode", x.currencyCode);
    v.optional("billingCycle", x.billingCycle);
    v.optional("termDuration", x.termDuration);
    v.optional("participants", x.participants);
    v.optional("provisioningContext", x.provisioningContext);
    v.optional("orderGroup", x.orderGroup);
    v.optional("addonItems", x.addonItems);
    v.optional("renewsTo", x.renewsTo);
    v.optional("error", x.error);
    v.optional("promotionId", x.promotionId);
    v.optional("customTermEndDate", x.customTermEndDate);
    v.optional("attestationAccepted", x.attestationAccepted);
    v.optional("purchaseSystem", x.purchaseSystem);
}

PCSIM_MODEL(Cart) {
    v.optional("id", x.id);
    v.optional("creationTimestamp", x.creationTimestamp);
    v.optional("lastModifiedTimestamp", x.lastModifiedTimestamp);
    v.optional("expirationTimestamp", x.expirationTimestamp);
    v.optional("lastModifiedUser", x.lastModifiedUser);
    v.optional("status", x.status);
    v.required("lineItems", x.lineItems);
    v.optional("partnerOnRecordAttestationAccepted", x.partnerOnRecordAttestationAccepted);
    v.optional("links", x.links);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(OrderError) {
    v.required("orderGroupId", x.orderGroupId);
    v.required("code", x.code);
    v.required("description", x.description);
}

PCSIM_MODEL(CartCheckoutResult) {
    v.defaulted("orders", x.orders);
    v.defaulted("orderErrors", x.orderErrors);
}

}  // namespace partnercenter::models

#include "partnercenter/models/cart.hpp"

#include "writer.hpp"

namespace partnercenter::models {

namespace {

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

std::optional<int> cart_error_code_from_name(std::string_view name) noexcept { return cartErrorCodeFromName(name); }

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

#include "partnercenter/models/summary.hpp"

#include "writer.hpp"

namespace partnercenter::models {

PCSIM_MODEL(PurchaseSummary) {
    v.required("orderId", x.orderId);
    v.required("status", x.status);
    v.required("customerId", x.customerId);
    v.required("subscriptionId", x.subscriptionId);
    v.required("cartId", x.cartId);
    v.nullable("totalPrice", x.totalPrice);
    v.required("currencyCode", x.currencyCode);
    v.defaulted("reservations", x.reservations);
    v.optional("reservationsNote", x.reservationsNote);
    v.defaulted("orders", x.orders);
}

PCSIM_MODEL(OfferSummary) {
    v.required("catalogItemId", x.catalogItemId);
    v.required("productId", x.productId);
    v.required("skuId", x.skuId);
    v.required("availabilityId", x.availabilityId);
    v.required("product", x.product);
    v.required("size", x.size);
    v.required("region", x.region);
    v.required("regionName", x.regionName);
    v.required("term", x.term);
    v.nullable("unitPrice", x.unitPrice);
    v.required("currencyCode", x.currencyCode);
}

}  // namespace partnercenter::models

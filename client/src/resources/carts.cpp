#include "partnercenter/resources/carts.hpp"

#include "calls.hpp"

namespace partnercenter {

models::Cart CartOperations::get() const { return detail::getResource<models::Cart>(context_, path_); }

models::Cart CartOperations::update(const models::Cart& cart) const {
    return detail::sendResource<models::Cart>(context_, "PUT", path_, cart);
}

models::CartCheckoutResult CartOperations::checkout() const {
    // No body, as the REST docs show (Content-Length: 0).
    return context_.session->read<models::CartCheckoutResult>(
        detail::ApiCall{"POST", path_ + "/checkout", std::nullopt, {}}, context_.correlationId);
}

models::Cart CartCollection::create(const models::Cart& cart) const {
    return detail::sendResource<models::Cart>(context_, "POST", path_, cart);
}

CartOperations CartCollection::byId(const std::string& cartId) const {
    return {context_, path_ + "/" + detail::segment(cartId)};
}

}  // namespace partnercenter

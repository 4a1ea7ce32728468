// Carts of a customer: create, read, replace, check out. Contract §13, §14.
#pragma once

#include "partnercenter/models/cart.hpp"
#include "partnercenter/resources/context.hpp"

#include <string>
#include <utility>

namespace partnercenter {

class CartOperations {
public:
    CartOperations(detail::Context context, std::string path) : context_(std::move(context)), path_(std::move(path)) {}

    [[nodiscard]] models::Cart get() const;
    /// PUT the whole cart (the service replaces its line items).
    models::Cart update(const models::Cart& cart) const;
    /// POST .../checkout (201). Repeating it is safe: the service answers the first result again.
    models::CartCheckoutResult checkout() const;

private:
    detail::Context context_;
    std::string path_;
};

class CartCollection {
public:
    CartCollection(detail::Context context, std::string path) : context_(std::move(context)), path_(std::move(path)) {}

    /// POST the cart (201); line items the service rejects come back with `error` set.
    models::Cart create(const models::Cart& cart) const;
    [[nodiscard]] CartOperations byId(const std::string& cartId) const;

private:
    detail::Context context_;
    std::string path_;
};

}  // namespace partnercenter

#include "partnercenter/partner_client.hpp"

#include "session.hpp"

namespace partnercenter {

PartnerClient::PartnerClient(Credentials credentials, ClientOptions options)
    : context_{std::make_shared<detail::Session>(std::move(credentials), std::move(options)), {}} {}

CustomerCollection PartnerClient::customers() const { return CustomerCollection(context_); }

ProductCollection PartnerClient::products(const std::string& country) const {
    detail::CatalogScope scope;
    scope.context = context_;
    scope.path = "/v1/products";
    scope.country = country;
    return ProductCollection(std::move(scope));
}

InventoryOperations PartnerClient::inventory(const std::string& country) const { return {context_, country}; }

PartnerClient PartnerClient::withCorrelationId(std::string correlationId) const {
    return PartnerClient(detail::Context{context_.session, std::move(correlationId)});
}

const ClientOptions& PartnerClient::options() const noexcept { return context_.session->options(); }

}  // namespace partnercenter

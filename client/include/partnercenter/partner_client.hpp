// The entry point of the client library, in the shape of the .NET SDK's IAggregatePartner:
//
//   partnercenter::PartnerClient partner(partnercenter::AppUserCredentials{tenant, app, secret, refresh});
//   auto cart = partner.customers().byId(customerId).carts().create(cart);
//
// A PartnerClient is cheap to copy (copies share one connection pool and token cache) and safe to
// use from several threads at once.
#pragma once

#include "partnercenter/credentials.hpp"
#include "partnercenter/options.hpp"
#include "partnercenter/resources/catalog.hpp"
#include "partnercenter/resources/context.hpp"
#include "partnercenter/resources/customers.hpp"

#include <string>

namespace partnercenter {

class PartnerClient {
public:
    explicit PartnerClient(Credentials credentials, ClientOptions options = {});

    [[nodiscard]] CustomerCollection customers() const;
    /// The catalog of one market (ISO 3166 two-letter country).
    [[nodiscard]] ProductCollection products(const std::string& country) const;
    /// Inventory checks against one market's catalog.
    [[nodiscard]] InventoryOperations inventory(const std::string& country) const;

    /// A client whose every call carries this MS-CorrelationId: use one per logical operation
    /// (e.g. one purchase) so the service's logs tie its calls together.
    [[nodiscard]] PartnerClient withCorrelationId(std::string correlationId) const;
    /// The correlation id set with withCorrelationId (empty: a fresh one per call).
    [[nodiscard]] const std::string& correlationId() const noexcept { return context_.correlationId; }

    [[nodiscard]] const ClientOptions& options() const noexcept;

private:
    explicit PartnerClient(detail::Context context) : context_(std::move(context)) {}
    detail::Context context_;
};

/// A new random (version 4) GUID, lower case: for MS-RequestId and MS-CorrelationId.
[[nodiscard]] std::string newGuid();

}  // namespace partnercenter

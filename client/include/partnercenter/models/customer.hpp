// Customers (contract §8).
#pragma once

#include "partnercenter/models/common.hpp"

#include <optional>
#include <string>
#include <vector>

namespace partnercenter::models {

/// All fields optional (documents show different subsets).
struct Address {
    std::optional<std::string> country{};
    std::optional<std::string> region{};
    std::optional<std::string> city{};
    std::optional<std::string> state{};
    std::optional<std::string> addressLine1{};
    std::optional<std::string> addressLine2{};
    std::optional<std::string> addressLine3{};
    std::optional<std::string> postalCode{};
    std::optional<std::string> firstName{};
    std::optional<std::string> middleName{};
    std::optional<std::string> lastName{};
    std::optional<std::string> phoneNumber{};
    // swagger only:
    std::optional<std::string> id{};
    std::optional<std::string> district{};
    std::optional<std::string> emailAddress{};
    bool operator==(const Address&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Address);

struct CustomerCompanyProfile {
    std::optional<std::string> tenantId{};
    std::optional<std::string> domain{};
    std::optional<std::string> companyName{};
    std::optional<Address> address{};
    std::optional<std::string> email{};
    std::optional<std::string> organizationRegistrationNumber{};
    std::optional<SelfLinks> links{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const CustomerCompanyProfile&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CustomerCompanyProfile);

struct CustomerBillingProfile {
    std::optional<std::string> id{};
    std::optional<std::string> firstName{};
    std::optional<std::string> lastName{};
    std::optional<std::string> email{};
    std::optional<std::string> culture{};
    std::optional<std::string> language{};
    std::optional<std::string> companyName{};
    std::optional<Address> defaultAddress{};
    std::optional<SelfLinks> links{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const CustomerBillingProfile&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(CustomerBillingProfile);

/// Customer.userCredentials (SDK UserCredentials).
struct UserCredentials {
    std::optional<std::string> userName{};
    std::optional<std::string> password{};
    bool operator==(const UserCredentials&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(UserCredentials);

/// `id` (tenant GUID) required; everything else optional (list items carry fewer fields).
/// relationshipToPartner: `reseller`, `advisor`, ... (string).
struct Customer {
    std::string id{};
    std::optional<std::string> commerceId{};
    std::optional<CustomerCompanyProfile> companyProfile{};
    std::optional<CustomerBillingProfile> billingProfile{};
    std::optional<std::string> relationshipToPartner{};
    std::optional<bool> allowDelegatedAccess{};
    std::optional<UserCredentials> userCredentials{};
    std::optional<std::vector<std::string>> customDomains{};
    std::optional<std::string> associatedPartnerId{};
    std::optional<SelfLinks> links{};
    std::optional<ResourceAttributes> attributes{};
    bool operator==(const Customer&) const = default;
};
PCSIM_MODELS_DECLARE_JSON(Customer);

}  // namespace partnercenter::models

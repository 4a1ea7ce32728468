#include "partnercenter/models/customer.hpp"

#include "writer.hpp"

namespace partnercenter::models {

PCSIM_MODEL(Address) {
    v.optional("country", x.country);
    v.optional("region", x.region);
    v.optional("city", x.city);
    v.optional("state", x.state);
    v.optional("addressLine1", x.addressLine1);
    v.optional("addressLine2", x.addressLine2);
    v.optional("addressLine3", x.addressLine3);
    v.optional("postalCode", x.postalCode);
    v.optional("firstName", x.firstName);
    v.optional("middleName", x.middleName);
    v.optional("lastName", x.lastName);
    v.optional("phoneNumber", x.phoneNumber);
    v.optional("id", x.id);
    v.optional("district", x.district);
    v.optional("emailAddress", x.emailAddress);
}

PCSIM_MODEL(CustomerCompanyProfile) {
    v.optional("tenantId", x.tenantId);
    v.optional("domain", x.domain);
    v.optional("companyName", x.companyName);
    v.optional("address", x.address);
    v.optional("email", x.email);
    v.optional("organizationRegistrationNumber", x.organizationRegistrationNumber);
    v.optional("links", x.links);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(CustomerBillingProfile) {
    v.optional("id", x.id);
    v.optional("firstName", x.firstName);
    v.optional("lastName", x.lastName);
    v.optional("email", x.email);
    v.optional("culture", x.culture);
    v.optional("language", x.language);
    v.optional("companyName", x.companyName);
    v.optional("defaultAddress", x.defaultAddress);
    v.optional("links", x.links);
    v.optional("attributes", x.attributes);
}

PCSIM_MODEL(UserCredentials) {
    v.optional("userName", x.userName);
    v.optional("password", x.password);
}

PCSIM_MODEL(Customer) {
    v.required("id", x.id);
    v.optional("commerceId", x.commerceId);
    v.optional("companyProfile", x.companyProfile);
    v.optional("billingProfile", x.billingProfile);
    v.optional("relationshipToPartner", x.relationshipToPartner);
    v.optional("allowDelegatedAccess", x.allowDelegatedAccess);
    v.optional("userCredentials", x.userCredentials);
    v.optional("customDomains", x.customDomains);
    v.optional("associatedPartnerId", x.associatedPartnerId);
    v.optional("links", x.links);
    v.optional("attributes", x.attributes);
}

}  // namespace partnercenter::models

#pragma once
// Each resource family registers its routes; one file per family (auth.cpp, customers.cpp, ...).
#include "http/router.hpp"

namespace pcsim::http {

void addAuthRoutes(Router& router);
void addEntraDiscoveryRoutes(Router& router);
void addCustomerRoutes(Router& router);
void addSubscriptionRoutes(Router& router);
void addCatalogRoutes(Router& router);
void addCartRoutes(Router& router);
void addOrderRoutes(Router& router);
void addEntitlementRoutes(Router& router);
void addAzureRoutes(Router& router);  // ARM paths: Microsoft.Capacity and Microsoft.Consumption

}  // namespace pcsim::http

namespace pcsim::admin {
void addControlRoutes(http::Router& router);
void addVmRoutes(http::Router& router);
void addCoverageRoutes(http::Router& router);
// The harness, one file each: scenario, faults, journal and verify, invariants, bundle, sandboxes.
void addScenarioRoutes(http::Router& router);
void addFaultRoutes(http::Router& router);
void addJournalRoutes(http::Router& router);
void addInvariantRoutes(http::Router& router);
void addTokenControlRoutes(http::Router& router);
void addBundleRoutes(http::Router& router);
void addSandboxRoutes(http::Router& router);
}  // namespace pcsim::admin

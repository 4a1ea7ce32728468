#pragma once
// Ids of scenarios/default.yaml that several test files name: written once here so that a change of
// the scenario is one change of the tests.
#include <string>

namespace pcsim::testing::default_scenario {

inline const std::string kTenant = "7c1e2d3f-0000-4000-8000-000000000001";
inline const std::string kFabrikam = "c1000000-0000-4000-8000-000000000001";     // registered, running VMs
inline const std::string kProduction = "A1000000-0000-4000-8000-000000000001";   // Fabrikam's, registered
inline const std::string kDevelopment = "A1000000-0000-4000-8000-000000000002";  // Fabrikam's, not registered

}  // namespace pcsim::testing::default_scenario

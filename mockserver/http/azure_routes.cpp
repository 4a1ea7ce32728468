// The Azure-side surface (ARM paths on the simulator's host), kept apart from Partner Center's.
#include "http/azure_common.hpp"
#include "http/routes.hpp"

namespace pcsim::http {

void addAzureRoutes(Router& router) {
    addAzureReservationRoutes(router);
    addAzureConsumptionRoutes(router);
    addAzureSubscriptionRoutes(router);
}

}  // namespace pcsim::http

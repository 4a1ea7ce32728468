#include "http/wire/reset_request.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(ResetRequest) { v.optional("scope", x.scope); }

}  // namespace pcsim::http

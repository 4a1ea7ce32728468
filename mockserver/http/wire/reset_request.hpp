#pragma once
// POST /_pcsim/reset's optional body: {"scope": "all" | "commerce"}.
#include <optional>
#include <string>

#include "http/wire/fields.hpp"

namespace pcsim::http {

struct ResetRequest {
    std::optional<std::string> scope;
};

PCSIM_WIRE_DECLARE_JSON(ResetRequest);

}  // namespace pcsim::http

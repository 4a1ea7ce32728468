#pragma once
// A VM of a subscription as the control plane reads and writes it (/_pcsim/.../vms), spelled like
// the scenario's `vms:` entries: {"id", "resourceGroup", "region", "size", "count", "hours", "spot"}.
// `hours` is "always", "off" or a daily UTC window "HH:MM-HH:MM".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/wire/fields.hpp"

namespace pcsim::http {

// POST (every field optional: the sim operation names what is missing) and each listed VM.
struct VmDocument {
    std::optional<std::string> id;
    std::optional<std::string> resourceGroup;
    std::optional<std::string> region;
    std::optional<std::string> size;
    std::optional<std::int64_t> count;
    std::optional<std::string> hours;
    std::optional<bool> spot;
};

// PATCH /{vmId}: what changes.
struct VmChangeDocument {
    std::optional<std::string> size;
    std::optional<std::int64_t> count;
    std::optional<std::string> hours;
};

struct VmList {
    std::vector<VmDocument> items;
    std::uint64_t totalCount = 0;
};

PCSIM_WIRE_DECLARE_JSON(VmDocument);
PCSIM_WIRE_DECLARE_JSON(VmChangeDocument);
PCSIM_WIRE_DECLARE_JSON(VmList);

}  // namespace pcsim::http

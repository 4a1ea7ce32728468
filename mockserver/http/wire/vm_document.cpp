#include "http/wire/vm_document.hpp"

namespace pcsim::http {

PCSIM_WIRE_MODEL(VmDocument) {
    v.optional("id", x.id);
    v.optional("resourceGroup", x.resourceGroup);
    v.optional("region", x.region);
    v.optional("size", x.size);
    v.optional("count", x.count);
    v.optional("hours", x.hours);
    v.optional("spot", x.spot);
}

PCSIM_WIRE_MODEL(VmChangeDocument) {
    v.optional("size", x.size);
    v.optional("count", x.count);
    v.optional("hours", x.hours);
}

PCSIM_WIRE_MODEL(VmList) {
    v.required("items", x.items);
    v.required("totalCount", x.totalCount);
}

}  // namespace pcsim::http

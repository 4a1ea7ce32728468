#include "partnercenter/ids.hpp"
#include "partnercenter/partner_client.hpp"

namespace partnercenter {

std::string newGuid() { return ids::randomGuid(); }

}  // namespace partnercenter

#include "partnercenter/error.hpp"

#include <utility>

namespace partnercenter {

namespace {
// "<step>: <description> (HTTP 400, code 800009, MS-RequestId ...)": what a person needs first,
// then what support needs.
std::string message(const PartnerCenterError::Details& d) {
    std::string text = d.step.empty() ? std::string{} : d.step + ": ";
    text += d.description.empty() ? std::string("no description") : d.description;
    std::string facts;
    auto add = [&](const std::string& fact) { facts += (facts.empty() ? "" : ", ") + fact; };
    if (d.httpStatus != 0) add("HTTP " + std::to_string(d.httpStatus));
    if (d.code != 0) add("code " + std::to_string(d.code));
    if (d.kind == PartnerCenterError::Kind::transport) add("transport error");
    if (d.retryAfter) add("Retry-After " + std::to_string(d.retryAfter->count()) + " s");
    if (!d.requestId.empty()) add("MS-RequestId " + d.requestId);
    if (!facts.empty()) text += " (" + facts + ")";
    return text;
}
}  // namespace

PartnerCenterError::PartnerCenterError(Details details)
    : std::runtime_error(message(details)), details_(std::move(details)) {}

PartnerCenterError PartnerCenterError::atStep(std::string step) const {
    Details copy = details_;
    copy.step = std::move(step);
    return PartnerCenterError(std::move(copy));
}

}  // namespace partnercenter

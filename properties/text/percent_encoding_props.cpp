// Percent-encoding round trips for any bytes: what the client encodes the server decodes to the
// same text, in a path and in a form alike.
#include "support/property.hpp"

#include "partnercenter/text.hpp"

namespace pcsim::properties {
namespace {

using partnercenter::text::formDecode;
using partnercenter::text::percentDecode;
using partnercenter::text::percentEncode;

bool isUnreservedOrEscape(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~' || c == '%';
}

PCSIM_PROPERTY(PercentEncoding, DecodingUndoesEncoding, (const std::string& bytes)) {
    const std::string encoded = percentEncode(bytes);
    RC_ASSERT(percentDecode(encoded) == bytes);
    RC_ASSERT(formDecode(encoded) == bytes);
}

PCSIM_PROPERTY(PercentEncoding, EncodedTextIsUnreservedCharactersAndEscapesOnly, (const std::string& bytes)) {
    const std::string encoded = percentEncode(bytes);
    for (char c : encoded) RC_ASSERT(isUnreservedOrEscape(c));
}

}  // namespace
}  // namespace pcsim::properties

// Text rules of the protocol, shared by the client and the simulator: ASCII case folding,
// percent-encoding and UTF-8 validity. No dependencies, so every layer can use them.
#pragma once

#include <string>
#include <string_view>

namespace partnercenter::text {

// Case-insensitive names in the protocol (header and query names, enum values, ids) fold ASCII
// letters only, whatever the process locale.
[[nodiscard]] std::string toLower(std::string_view text);
[[nodiscard]] std::string toUpper(std::string_view text);
[[nodiscard]] bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept;
[[nodiscard]] bool startsWithIgnoreCase(std::string_view text, std::string_view prefix) noexcept;

/// RFC 3986 §2.1 percent-encoding: every byte but the unreserved characters (letters, digits,
/// - _ . ~) as %XX with upper-case hex. Serves path segments, query strings and form bodies alike.
[[nodiscard]] std::string percentEncode(std::string_view text);
/// Decodes %XX (either case of hex); a '%' not followed by two hex digits stays as it is, and so
/// does '+' (a path).
[[nodiscard]] std::string percentDecode(std::string_view text);
/// As percentDecode, but '+' is a space (application/x-www-form-urlencoded and query strings).
[[nodiscard]] std::string formDecode(std::string_view text);

/// Whether `text` is well-formed UTF-8: no overlong forms, surrogates or code points past U+10FFFF.
[[nodiscard]] bool isValidUtf8(std::string_view text) noexcept;

}  // namespace partnercenter::text

// GUIDs as the service writes them (lower-case 8-4-4-4-12), shared by the client and the
// simulator. No dependencies, so every layer can use them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace partnercenter::ids {

/// 128 bits as a lower-case GUID, most significant hex digit first: `high` gives the first 16
/// digits, `low` the last 16.
[[nodiscard]] std::string formatGuid(std::uint64_t high, std::uint64_t low);
/// The same bits made a version-4 (random) GUID: the version digit is 4 and the variant digit
/// 8, 9, a or b (RFC 4122), the other bits as given.
[[nodiscard]] std::string versionFourGuid(std::uint64_t high, std::uint64_t low);
/// A fresh random version-4 GUID (a generator per thread, seeded from the OS: no lock).
[[nodiscard]] std::string randomGuid();
/// Whether `text` has the 8-4-4-4-12 shape, hex digits of either case.
[[nodiscard]] bool isGuid(std::string_view text) noexcept;

}  // namespace partnercenter::ids

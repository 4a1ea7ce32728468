#pragma once
// The rules of RFC 9112 for a request head that libhttp-parser does not enforce, checked on the
// head's bytes as they arrive (one pass, no buffering): every line ends in CRLF (§2.2, a bare LF
// is refused here rather than guessed at), no obs-fold continuation lines (§5.2), no whitespace
// between a field name and its colon (§5.1). And the Host field's syntax (§3.2), checked once the
// head is complete.
#include <string>
#include <string_view>

namespace pcsim::http {

class HeadSyntax {
public:
    // Scans more bytes of the head; returns the first problem found so far, in words for the
    // client, or an empty string.
    std::string_view scan(std::string_view bytes);

private:
    bool previousWasCr_ = false;
    bool atLineStart_ = true;
    bool inFieldName_ = false;
    int linesBegun_ = 0;  // lines with content: the request line, then one per field
};

// Empty when `value` is a valid Host field value (uri-host [":" port]); otherwise what is wrong.
std::string hostProblem(std::string_view value);

}  // namespace pcsim::http

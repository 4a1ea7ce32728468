#include "http/request_framer.hpp"

#include <charconv>

#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;

namespace {

constexpr std::string_view kHeadEnd = "\r\n\r\n";
constexpr std::size_t kMaxHead = 1 << 20;  // a head still unfinished past this is not kept

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

// "GET /v1/products?country=US HTTP/1.1" → "/v1/products?country=US". An absolute-form target
// ("http://host/v1/…", RFC 9112 §3.2.2) loses its scheme and authority.
std::string_view requestTarget(std::string_view requestLine) {
    const std::size_t start = requestLine.find(' ');
    if (start == std::string_view::npos) return {};
    const std::size_t end = requestLine.find(' ', start + 1);
    std::string_view target = requestLine.substr(start + 1, end == std::string_view::npos ? end : end - start - 1);
    if (const std::size_t scheme = target.find("://"); scheme != std::string_view::npos && target.front() != '/') {
        const std::size_t path = target.find_first_of("/?", scheme + 3);
        target = path == std::string_view::npos ? std::string_view("/") : target.substr(path);
    }
    return target;
}

}  // namespace

bool RequestFramer::readHead(std::string_view head) {
    bodyLeft_ = 0;
    expectsContinue_ = false;
    const std::string_view requestLine = trimmed(head.substr(0, head.find('\n')));
    const bool http11 = requestLine.size() >= 8 && requestLine.substr(requestLine.size() - 8) == "HTTP/1.1";
    target_ = std::string(requestTarget(requestLine));
    bool sawLength = false;
    std::size_t lineStart = head.find('\n');  // the request line says nothing about the body
    while (lineStart != std::string_view::npos && lineStart + 1 < head.size()) {
        const std::size_t lineEnd = head.find('\n', lineStart + 1);
        const std::string_view line = head.substr(
            lineStart + 1, lineEnd == std::string_view::npos ? std::string_view::npos : lineEnd - lineStart - 1);
        lineStart = lineEnd;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string_view name = trimmed(line.substr(0, colon));
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (equalsIgnoreCase(name, "transfer-encoding")) return false;
        if (equalsIgnoreCase(name, "expect") && equalsIgnoreCase(value, "100-continue")) expectsContinue_ = http11;
        if (equalsIgnoreCase(name, "content-length")) {
            std::size_t length = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), length);
            if (error != std::errc{} || end != value.data() + value.size()) return false;
            if (sawLength && length != bodyLeft_) return false;
            sawLength = true;
            bodyLeft_ = length;
        }
    }
    bodyLength_ = bodyLeft_;
    return true;
}

bool RequestFramer::split(std::string_view bytes, const std::function<void(std::string_view)>& emit) {
    std::size_t pieceStart = 0;
    std::size_t at = 0;
    while (at < bytes.size() && state_ != State::passThrough) {
        if (state_ == State::body) {
            const std::size_t taken = std::min(bodyLeft_, bytes.size() - at);
            at += taken;
            bodyLeft_ -= taken;
        } else if (partialHead_.empty()) {
            // Empty lines before a request line are skipped (RFC 9112 §2.2): Pistache's parser would
            // wait on them for a request line that never comes.
            while (at < bytes.size() && (bytes[at] == '\r' || bytes[at] == '\n')) ++at;
            pieceStart = at;  // a new request starts here: nothing of it was emitted yet
            if (at == bytes.size()) break;
            // The usual case: the whole head is in these bytes, and is read where it lies.
            const std::size_t end = bytes.find(kHeadEnd, at);
            if (end == std::string_view::npos) {
                partialHead_.assign(bytes.substr(at));
                at = bytes.size();
                break;
            }
            if (!readHead(bytes.substr(at, end + kHeadEnd.size() - at))) state_ = State::passThrough;
            else state_ = State::body;
            at = end + kHeadEnd.size();
        } else {
            // A head that began in earlier bytes: its end may straddle the two.
            const std::size_t searchFrom = partialHead_.size() >= 3 ? partialHead_.size() - 3 : 0;
            const std::size_t before = partialHead_.size();
            partialHead_.append(bytes.substr(at));
            const std::size_t end = partialHead_.find(kHeadEnd, searchFrom);
            if (end == std::string::npos) {
                at = bytes.size();
                if (partialHead_.size() > kMaxHead) {
                    partialHead_.clear();
                    state_ = State::passThrough;
                }
                break;
            }
            partialHead_.resize(end + kHeadEnd.size());
            at += partialHead_.size() - before;
            state_ = readHead(partialHead_) ? State::body : State::passThrough;
            partialHead_.clear();
        }
        if (state_ == State::body && bodyLeft_ == 0) {  // a request ends here
            emit(bytes.substr(pieceStart, at - pieceStart));
            pieceStart = at;
            state_ = State::head;
        }
    }
    if (pieceStart < bytes.size()) emit(bytes.substr(pieceStart));
    const bool waitsForContinue = state_ == State::body && expectsContinue_ && bodyLeft_ == bodyLength_;
    if (state_ == State::body) expectsContinue_ = false;  // asked (or no longer needed) once per request
    return waitsForContinue;
}

}  // namespace pcsim::http

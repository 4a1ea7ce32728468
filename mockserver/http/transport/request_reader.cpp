#include "http/transport/request_reader.hpp"

#include <http_parser.h>

#include <algorithm>

#include "http/transport/head_syntax.hpp"
#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;

namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// An absolute-form target ("http://host/v1/…", RFC 9112 §3.2.2) is read as its path and query.
std::string_view originForm(std::string_view target) {
    if (target.empty() || target.front() == '/') return target;
    const std::size_t scheme = target.find("://");
    if (scheme == std::string_view::npos) return target;
    const std::size_t path = target.find_first_of("/?", scheme + 3);
    return path == std::string_view::npos ? std::string_view("/") : target.substr(path);
}

struct Refusal {
    int status;
    std::string description;
};

// libhttp-parser's errors, in words for the client that sent the bytes.
Refusal refusalOf(http_errno error, bool inBody, bool connect) {
    switch (error) {
        case HPE_INVALID_METHOD:
            return {400, "The request does not begin with an HTTP request line (METHOD /path HTTP/1.1)."};
        case HPE_INVALID_URL:
        case HPE_INVALID_PATH:
        case HPE_INVALID_QUERY_STRING:
        case HPE_INVALID_FRAGMENT:
        case HPE_INVALID_HOST:
        case HPE_INVALID_PORT:
            if (connect) return {400, "A CONNECT target is host:port (CONNECT api.partnercenter.microsoft.com:443)."};
            return {400, "The request target is not a valid path and query."};
        case HPE_INVALID_VERSION: return {400, "The request line's HTTP version is not readable; send HTTP/1.1."};
        case HPE_INVALID_HEADER_TOKEN:
            return {400,
                    "A header line is not 'Name: value': every header needs a colon, and a name or value may not "
                    "hold control characters."};
        case HPE_LF_EXPECTED:
        case HPE_STRICT: return {400, "A line of the request is not ended by CRLF where HTTP/1.1 expects one."};
        case HPE_INVALID_CONTENT_LENGTH:
            if (inBody) return {400, "A chunk size is larger than any body can be."};
            return {400, "The Content-Length header is not a number of bytes."};
        case HPE_UNEXPECTED_CONTENT_LENGTH:
            return {400,
                    "The request has more than one Content-Length, or both Content-Length and Transfer-Encoding; "
                    "send exactly one of them."};
        case HPE_INVALID_CHUNK_SIZE: return {400, "A chunk of the body does not begin with its size in hexadecimal."};
        case HPE_INVALID_TRANSFER_ENCODING:
            return {501, "The request's Transfer-Encoding is not supported; send chunked, or a Content-Length."};
        case HPE_HEADER_OVERFLOW:
            return {431, "The request's headers (or a chunk's trailer) are larger than the server reads."};
        default: return {400, "The request could not be read as HTTP/1.1."};
    }
}

}  // namespace

struct RequestReader::State {
    RequestReaderLimits limits;
    http_parser parser{};
    RequestEvents* events = nullptr;

    // The request being read.
    HttpRequest current;
    std::string url;
    std::string field;
    std::string value;
    bool valueLast = false;  // the last header callback was a value: the next field begins a header
    bool begun = false;
    bool headDone = false;
    bool messageDone = false;
    bool tooLarge = false;
    std::size_t bodyLimit = 0;
    std::size_t headBytes = 0;
    HeadSyntax syntax;

    bool stopped = false;

    explicit State(RequestReaderLimits readerLimits) : limits(readerLimits) { startRequest(); }

    void startRequest() {
        http_parser_init(&parser, HTTP_REQUEST);
        parser.data = this;
        current = HttpRequest{};
        url.clear();
        field.clear();
        value.clear();
        valueLast = false;
        begun = headDone = messageDone = tooLarge = false;
        bodyLimit = 0;
        headBytes = 0;
        syntax = HeadSyntax{};
    }

    bool inHead() const { return !headDone; }

    // Repeated headers are joined by ", " (RFC 9110 §5.3).
    void commitHeader() {
        if (field.empty() && !valueLast) return;
        auto [it, inserted] = current.headers.try_emplace(toLower(field), std::string(trimmed(value)));
        if (!inserted) it->second += ", " + std::string(trimmed(value));
        field.clear();
        value.clear();
        valueLast = false;
    }

    void refuse(int status, std::string description) {
        stopped = true;
        events->refused(status, std::move(description));
    }

    void emit() {
        const bool keepAlive = !tooLarge && http_should_keep_alive(&parser) != 0;
        const bool http10 = parser.http_minor == 0;
        if (tooLarge) {
            current.bodyTooLarge = true;
            current.body.clear();
            stopped = true;
        }
        events->request(std::move(current), keepAlive, http10);
    }

    // The head is complete: the version, the target and the Host, then the body's limit.
    void finishHead() {
        if (parser.http_major == 0) return refuse(400, "The request line has no HTTP version; pcsim speaks HTTP/1.1.");
        if (parser.http_major != 1 || parser.http_minor > 1)
            return refuse(505, "HTTP/" + std::to_string(parser.http_major) + "." + std::to_string(parser.http_minor) +
                                   " is not supported; send HTTP/1.1.");
        const bool connect = parser.method == HTTP_CONNECT;
        if (connect && !events->readsConnect()) return refuse(405, "CONNECT is not supported by this server.");
        current.method = http_method_str(static_cast<http_method>(parser.method));
        if (!connect) parseTarget(originForm(url), current);
        if (auto host = current.headers.find("host"); host != current.headers.end())
            if (auto problem = hostProblem(host->second); !problem.empty()) return refuse(400, problem);
        if (connect) return;  // the parser ends the message with its head: what follows is the tunnel's
        const bool lengthGiven = (parser.flags & F_CONTENTLENGTH) != 0;
        const bool hasBody = (parser.flags & F_CHUNKED) != 0 || (lengthGiven && parser.content_length > 0);
        if (!hasBody) return;  // most requests: the limit (a route lookup) is not asked for
        bodyLimit = events->bodyLimit(current);
        if (lengthGiven && parser.content_length > bodyLimit) {
            tooLarge = true;
            return emit();
        }
        if (parser.http_minor == 1)
            if (auto expect = current.headers.find("expect");
                expect != current.headers.end() && equalsIgnoreCase(expect->second, "100-continue"))
                events->continueWanted();
    }

    static State& of(http_parser* parser) { return *static_cast<State*>(parser->data); }

    static int onMessageBegin(http_parser* p) {
        of(p).begun = true;
        return 0;
    }
    static int onUrl(http_parser* p, const char* at, size_t length) {
        of(p).url.append(at, length);
        return 0;
    }
    static int onHeaderField(http_parser* p, const char* at, size_t length) {
        State& state = of(p);
        if (state.valueLast) state.commitHeader();
        state.field.append(at, length);
        return 0;
    }
    static int onHeaderValue(http_parser* p, const char* at, size_t length) {
        State& state = of(p);
        state.value.append(at, length);
        state.valueLast = true;
        return 0;
    }
    static int onHeadersComplete(http_parser* p) {
        State& state = of(p);
        state.commitHeader();
        state.headDone = true;
        http_parser_pause(p, 1);  // read() checks the head before any of the body is read
        return 0;
    }
    // Each chunk's size is checked when it is announced, before its bytes arrive.
    static int onChunkHeader(http_parser* p) {
        State& state = of(p);
        if (p->content_length > state.bodyLimit - std::min(state.bodyLimit, state.current.body.size())) {
            state.tooLarge = true;
            return 1;  // stops the parser
        }
        return 0;
    }
    static int onBody(http_parser* p, const char* at, size_t length) {
        State& state = of(p);
        state.current.body.append(at, length);
        return 0;
    }
    static int onMessageComplete(http_parser* p) {
        of(p).messageDone = true;
        http_parser_pause(p, 1);  // one request at a time: the next is read after this one is handed on
        return 0;
    }

    static const http_parser_settings& settings() {
        static const http_parser_settings callbacks = [] {
            http_parser_settings s{};
            s.on_message_begin = onMessageBegin;
            s.on_url = onUrl;
            s.on_header_field = onHeaderField;
            s.on_header_value = onHeaderValue;
            s.on_headers_complete = onHeadersComplete;
            s.on_chunk_header = onChunkHeader;
            s.on_body = onBody;
            s.on_message_complete = onMessageComplete;
            return s;
        }();
        return callbacks;
    }
};

RequestReader::RequestReader(RequestReaderLimits limits) : state_(std::make_unique<State>(limits)) {}
RequestReader::~RequestReader() = default;

bool RequestReader::stopped() const { return state_->stopped; }
bool RequestReader::inRequest() const { return state_->begun && !state_->messageDone; }
bool RequestReader::readingHead() const { return state_->begun && !state_->headDone; }

void RequestReader::read(std::string_view bytes, RequestEvents& events) {
    State& s = *state_;
    s.events = &events;
    while (!bytes.empty() && !s.stopped) {
        const bool inHead = s.inHead();
        // Within the head, never more than one byte past its limit: a long head is refused as soon
        // as it is too long, however much arrives at once.
        const std::size_t take = inHead ? std::min(bytes.size(), s.limits.headLimit - s.headBytes + 1) : bytes.size();
        const std::size_t parsed = http_parser_execute(&s.parser, &State::settings(), bytes.data(), take);
        const auto error = HTTP_PARSER_ERRNO(&s.parser);
        if (inHead) {
            if (auto problem = s.syntax.scan(bytes.substr(0, parsed)); !problem.empty())
                return s.refuse(400, std::string(problem));
            s.headBytes += parsed;
        }
        bytes.remove_prefix(parsed);
        if (error == HPE_PAUSED) {
            http_parser_pause(&s.parser, 0);
            if (inHead && s.headDone) {
                s.finishHead();
            } else if (s.messageDone && s.parser.method == HTTP_CONNECT) {
                HttpRequest head = std::move(s.current);
                std::string authority = std::move(s.url);
                s.startRequest();
                return events.tunnel(std::move(head), std::move(authority), bytes);
            } else if (s.messageDone) {
                s.emit();
                if (!s.stopped) s.startRequest();
            }
            continue;
        }
        if (error == HPE_OK && parsed == 0) return s.refuse(400, "The request could not be read as HTTP/1.1.");
        if (error != HPE_OK) {
            if (s.tooLarge) return s.emit();
            auto refusal = refusalOf(error, s.headDone, s.parser.method == HTTP_CONNECT);
            return s.refuse(refusal.status, std::move(refusal.description));
        }
        if (s.inHead() && s.headBytes > s.limits.headLimit)
            return s.refuse(
                431, "The request head is larger than the limit of " + std::to_string(s.limits.headLimit) + " bytes.");
    }
}

}  // namespace pcsim::http

#pragma once
// TLS for one connection, on the connection's own event-loop thread: the ciphertext Pistache reads
// goes in, plaintext requests come out; answers go in as plaintext and leave as ciphertext, which
// the server writes to the socket. OpenSSL runs over memory BIOs, so a handshake never blocks: a
// client that stops half-way holds a connection, never a thread.
//
// Why not Pistache's own TLS: Pistache 0.0.5 performs SSL_accept in its accept thread on a blocking
// socket, so one client that opens a connection and sends nothing stops every later connection
// from being accepted (tests/e2e/tls_test.cpp has the case).
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace pcsim::http {

// The server's certificate and key, loaded once and shared by every connection.
class TlsContext {
public:
    // PEM files: the certificate (chain) and its private key. Throws std::runtime_error naming the
    // file and OpenSSL's reason when either cannot be used.
    TlsContext(const std::string& certificateFile, const std::string& keyFile);
    ~TlsContext();
    TlsContext(const TlsContext&) = delete;
    TlsContext& operator=(const TlsContext&) = delete;

    void* native() const { return context_; }  // SSL_CTX*

private:
    void* context_ = nullptr;
};

// Every call, and the write of what it returns, is made holding mutex(): OpenSSL's session is used
// from the connection's thread and from the thread that sends delayed answers, and its records
// must reach the socket in the order they were made.
class TlsSession {
public:
    explicit TlsSession(const TlsContext& context);
    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    enum class Received {
        ok,      // `plaintext` has what could be decrypted (maybe nothing yet)
        notTls,  // the first bytes are not a TLS handshake but look like plain HTTP
        failed,  // a handshake or record error: the connection ends
        closed,  // the client sent close_notify
    };
    // Takes bytes from the socket. `toSend` gets what TLS must send back (handshake records,
    // alerts), in order, for the caller to write before anything sealed later.
    Received receive(std::string_view ciphertext, std::string& plaintext, std::string& toSend);

    // Encrypts an answer; the result goes to the socket in the order seal() was called.
    std::string seal(std::string_view plaintext);
    // close_notify, to send before the connection is half-closed.
    std::string closeNotify();

    bool handshakeDone() const;

    std::mutex& mutex() { return mutex_; }

private:
    std::string drainOutput();

    void* ssl_ = nullptr;  // SSL*
    void* in_ = nullptr;   // BIO* the socket's bytes are written to
    void* out_ = nullptr;  // BIO* the bytes for the socket are read from
    bool sawFirstByte_ = false;
    std::mutex mutex_;
};

}  // namespace pcsim::http

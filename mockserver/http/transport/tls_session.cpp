#include "http/transport/tls_session.hpp"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <cctype>
#include <stdexcept>

namespace pcsim::http {

namespace {

std::string openSslReason() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) return "unknown reason";
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

// ALPN: HTTP/1.1 is what this server speaks; a client that offers only h2 gets no protocol, and
// falls back or gives up as it chooses.
int selectHttp11(SSL*, const unsigned char** out, unsigned char* outLength, const unsigned char* offered,
                 unsigned int offeredLength, void*) {
    static const unsigned char http11[] = {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};
    unsigned char* chosen = nullptr;
    if (SSL_select_next_proto(&chosen, outLength, http11, sizeof http11, offered, offeredLength) !=
        OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = chosen;
    return SSL_TLSEXT_ERR_OK;
}

SSL* sslOf(void* p) { return static_cast<SSL*>(p); }
BIO* bioOf(void* p) { return static_cast<BIO*>(p); }

}  // namespace

TlsContext::TlsContext(const std::string& certificateFile, const std::string& keyFile) {
    SSL_CTX* context = SSL_CTX_new(TLS_server_method());
    if (!context) throw std::runtime_error("TLS could not be set up: " + openSslReason());
    context_ = context;
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    if (SSL_CTX_use_certificate_chain_file(context, certificateFile.c_str()) != 1)
        throw std::runtime_error("the certificate " + certificateFile + " cannot be used: " + openSslReason());
    if (SSL_CTX_use_PrivateKey_file(context, keyFile.c_str(), SSL_FILETYPE_PEM) != 1)
        throw std::runtime_error("the key " + keyFile + " cannot be used: " + openSslReason());
    if (SSL_CTX_check_private_key(context) != 1)
        throw std::runtime_error("the key " + keyFile + " does not belong to the certificate " + certificateFile);
    SSL_CTX_set_alpn_select_cb(context, selectHttp11, nullptr);
}

TlsContext::~TlsContext() { SSL_CTX_free(static_cast<SSL_CTX*>(context_)); }

TlsSession::TlsSession(const TlsContext& context) {
    SSL* ssl = SSL_new(static_cast<SSL_CTX*>(context.native()));
    BIO* in = BIO_new(BIO_s_mem());
    BIO* out = BIO_new(BIO_s_mem());
    if (!ssl || !in || !out) {
        SSL_free(ssl);
        BIO_free(in);
        BIO_free(out);
        throw std::runtime_error("TLS session could not be made: " + openSslReason());
    }
    BIO_set_mem_eof_return(in, -1);  // an empty input means "more to come", not the end
    SSL_set_bio(ssl, in, out);       // the session owns both
    SSL_set_accept_state(ssl);
    ssl_ = ssl;
    in_ = in;
    out_ = out;
}

TlsSession::~TlsSession() { SSL_free(sslOf(ssl_)); }

bool TlsSession::handshakeDone() const { return SSL_is_init_finished(sslOf(ssl_)) == 1; }

std::string TlsSession::drainOutput() {
    std::string bytes;
    char* data = nullptr;
    const long size = BIO_get_mem_data(bioOf(out_), &data);
    if (size > 0) {
        bytes.assign(data, static_cast<std::size_t>(size));
        (void)BIO_reset(bioOf(out_));
    }
    return bytes;
}

TlsSession::Received TlsSession::receive(std::string_view ciphertext, std::string& plaintext, std::string& toSend) {
    if (ciphertext.empty()) return Received::ok;
    if (!sawFirstByte_) {
        sawFirstByte_ = true;
        // Every TLS connection begins with a handshake record (content type 22). A letter is the
        // start of a plain HTTP request line.
        const auto first = static_cast<unsigned char>(ciphertext.front());
        if (first != 22) return std::isupper(first) ? Received::notTls : Received::failed;
    }
    SSL* ssl = sslOf(ssl_);
    if (BIO_write(bioOf(in_), ciphertext.data(), static_cast<int>(ciphertext.size())) <= 0) return Received::failed;
    ERR_clear_error();
    if (!SSL_is_init_finished(ssl)) {
        const int done = SSL_do_handshake(ssl);
        toSend += drainOutput();
        if (done <= 0) {
            const int reason = SSL_get_error(ssl, done);
            ERR_clear_error();
            return reason == SSL_ERROR_WANT_READ ? Received::ok : Received::failed;
        }
    }
    char buffer[16384];
    for (;;) {
        const int n = SSL_read(ssl, buffer, sizeof buffer);
        if (n > 0) {
            plaintext.append(buffer, static_cast<std::size_t>(n));
            continue;
        }
        const int reason = SSL_get_error(ssl, n);
        ERR_clear_error();
        toSend += drainOutput();
        if (reason == SSL_ERROR_WANT_READ) return Received::ok;
        if (reason == SSL_ERROR_ZERO_RETURN) return Received::closed;
        return Received::failed;
    }
}

std::string TlsSession::seal(std::string_view plaintext) {
    std::size_t offset = 0;
    while (offset < plaintext.size()) {
        const int n = SSL_write(sslOf(ssl_), plaintext.data() + offset, static_cast<int>(plaintext.size() - offset));
        if (n <= 0) {
            ERR_clear_error();
            break;  // the session has failed; the connection is ending
        }
        offset += static_cast<std::size_t>(n);
    }
    return drainOutput();
}

std::string TlsSession::closeNotify() {
    SSL_shutdown(sslOf(ssl_));
    ERR_clear_error();
    return drainOutput();
}

}  // namespace pcsim::http

#pragma once
// The RSA key that signs access tokens (RS256), with the self-signed certificate Entra ID publishes
// beside it in its JWKS (`x5c`, `x5t`). Any standard JWT library can verify pcsim's tokens against
// GET /{tenant}/discovery/v2.0/keys. A fresh key per process: tokens of an earlier run are refused.
#include <memory>
#include <string>

namespace pcsim::http {

// One JSON Web Key as Entra ID's keys document lists it; all text, base64 / base64url as JWKS has it.
struct PublishedKey {
    std::string kid;
    std::string x5t;
    std::string n;
    std::string e;
    std::string x5c;  // the certificate, DER in standard base64
};

class SigningKey {
public:
    // A new 2048-bit key (about 0.1 s).
    static std::shared_ptr<const SigningKey> generate();
    // One key per process, made at first use: the servers of one process (tests start many) share it.
    static std::shared_ptr<const SigningKey> forThisProcess();

    ~SigningKey();
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;

    // RSASSA-PKCS1-v1_5 with SHA-256 over `input`, base64url without padding (a JWS signature).
    std::string sign(const std::string& input) const;
    bool verify(const std::string& input, const std::string& signatureBase64Url) const;
    const PublishedKey& published() const { return published_; }
    const std::string& kid() const { return published_.kid; }

private:
    struct Keys;
    explicit SigningKey(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> keys_;
    PublishedKey published_;
};

}  // namespace pcsim::http

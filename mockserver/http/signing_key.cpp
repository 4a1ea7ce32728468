#include "http/signing_key.hpp"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <mutex>
#include <stdexcept>
#include <vector>

#include "http/tokens.hpp"

namespace pcsim::http {

namespace {

struct Free {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};

[[noreturn]] void fail(const std::string& what) {
    ERR_clear_error();
    throw std::runtime_error("the token signing key: " + what);
}

std::string bytesOf(const BIGNUM* number) {
    std::string out(std::size_t(BN_num_bytes(number)), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

std::string bigParameter(EVP_PKEY* key, const char* name) {
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) fail(std::string("no parameter ") + name);
    std::unique_ptr<BIGNUM, Free> number(raw);
    return bytesOf(number.get());
}

// A self-signed certificate for the key, as Entra ID publishes one per signing key (x5c).
std::string certificateDer(EVP_PKEY* key) {
    std::unique_ptr<X509, Free> certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 365L * 24 * 3600);
    X509_set_pubkey(certificate.get(), key);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("accounts.accesscontrol.windows.net"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    if (X509_sign(certificate.get(), key, EVP_sha256()) <= 0) fail("the certificate could not be signed");
    unsigned char* der = nullptr;
    const int length = i2d_X509(certificate.get(), &der);
    if (length <= 0) fail("the certificate could not be written");
    std::string out(reinterpret_cast<char*>(der), std::size_t(length));
    OPENSSL_free(der);
    return out;
}

}  // namespace

struct SigningKey::Keys {
    struct FreeKey {
        void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    };
    std::unique_ptr<EVP_PKEY, FreeKey> key;
};

SigningKey::SigningKey(std::unique_ptr<Keys> keys) : keys_(std::move(keys)) {
    EVP_PKEY* key = keys_->key.get();
    const std::string der = certificateDer(key);
    unsigned char thumbprint[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(der.data()), der.size(), thumbprint);
    published_.x5t = base64UrlEncode(std::string(reinterpret_cast<char*>(thumbprint), sizeof thumbprint));
    published_.kid = published_.x5t;  // Entra ID names its keys by their thumbprint
    published_.n = base64UrlEncode(bigParameter(key, OSSL_PKEY_PARAM_RSA_N));
    published_.e = base64UrlEncode(bigParameter(key, OSSL_PKEY_PARAM_RSA_E));
    published_.x5c = base64Encode(der);
}

SigningKey::~SigningKey() = default;

std::shared_ptr<const SigningKey> SigningKey::generate() {
    auto keys = std::make_unique<Keys>();
    keys->key.reset(EVP_RSA_gen(2048));
    if (!keys->key) fail("no RSA key could be made");
    return std::shared_ptr<const SigningKey>(new SigningKey(std::move(keys)));
}

std::shared_ptr<const SigningKey> SigningKey::forThisProcess() {
    static std::once_flag once;
    static std::shared_ptr<const SigningKey> key;
    std::call_once(once, [] { key = generate(); });
    return key;
}

std::string SigningKey::sign(const std::string& input) const {
    std::unique_ptr<EVP_MD_CTX, Free> context(EVP_MD_CTX_new());
    std::size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, keys_->key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(input.data()),
                       input.size()) != 1)
        fail("signing failed");
    std::string signature(length, '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(input.data()), input.size()) != 1)
        fail("signing failed");
    signature.resize(length);
    return base64UrlEncode(signature);
}

bool SigningKey::verify(const std::string& input, const std::string& signatureBase64Url) const {
    const auto signature = base64UrlDecode(signatureBase64Url);
    if (!signature) return false;
    std::unique_ptr<EVP_MD_CTX, Free> context(EVP_MD_CTX_new());
    const bool good =
        context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, keys_->key.get()) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature->data()), signature->size(),
                         reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
    ERR_clear_error();
    return good;
}

}  // namespace pcsim::http

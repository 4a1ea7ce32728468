#include "http/transport/local_ca.hpp"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace pcsim::http {

namespace {

namespace fs = std::filesystem;

struct Free {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(FILE* p) const { std::fclose(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Certificate = std::unique_ptr<X509, Free>;
using File = std::unique_ptr<FILE, Free>;

[[noreturn]] void fail(const std::string& what) {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char reason[256] = "";
    if (code) ERR_error_string_n(code, reason, sizeof reason);
    throw std::runtime_error(what + (code ? std::string(": ") + reason : std::string()));
}

Key newKey() {
    Key key(EVP_EC_gen("P-256"));
    if (!key) fail("a key could not be made");
    return key;
}

// Files holding keys are made readable by their owner alone, from the start (umask, not chmod).
File openPrivate(const std::string& path) {
    const mode_t previous = ::umask(077);
    File file(std::fopen(path.c_str(), "w"));
    ::umask(previous);
    if (!file) throw std::runtime_error("cannot write " + path);
    return file;
}

void writeKey(const std::string& path, EVP_PKEY* key) {
    File file = openPrivate(path);
    if (PEM_write_PrivateKey(file.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) fail("cannot write " + path);
}

void writeCertificate(const std::string& path, X509* certificate) {
    File file(std::fopen(path.c_str(), "w"));
    if (!file || PEM_write_X509(file.get(), certificate) != 1) fail("cannot write " + path);
}

Key readKey(const std::string& path) {
    File file(std::fopen(path.c_str(), "r"));
    if (!file) throw std::runtime_error("cannot read " + path);
    Key key(PEM_read_PrivateKey(file.get(), nullptr, nullptr, nullptr));
    if (!key) fail("cannot read the key in " + path);
    return key;
}

Certificate readCertificate(const std::string& path) {
    File file(std::fopen(path.c_str(), "r"));
    if (!file) throw std::runtime_error("cannot read " + path);
    Certificate certificate(PEM_read_X509(file.get(), nullptr, nullptr, nullptr));
    if (!certificate) fail("cannot read the certificate in " + path);
    return certificate;
}

void addExtension(X509* certificate, X509* issuer, int nid, const std::string& value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
    if (!extension || X509_add_ext(certificate, extension, -1) != 1) fail("a certificate extension could not be set");
    X509_EXTENSION_free(extension);
}

// A certificate for `key`, named `commonName`, valid from an hour ago for `days`, issued by `issuer`
// (itself when null); sign() signs it once its extensions are set.
Certificate newCertificate(EVP_PKEY* key, const std::string& commonName, long days, X509* issuer) {
    Certificate certificate(X509_new());
    if (!certificate) fail("a certificate could not be made");
    X509_set_version(certificate.get(), 2);
    std::unique_ptr<BIGNUM, Free> serial(BN_new());
    BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()));
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), days * 24 * 3600);
    X509_set_pubkey(certificate.get(), key);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("pcsim"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.c_str()),
                               -1, -1, 0);
    X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name);
    return certificate;
}

void sign(X509* certificate, EVP_PKEY* key) {
    if (X509_sign(certificate, key, EVP_sha256()) <= 0) fail("a certificate could not be signed");
}

std::string subjectAltNames() {
    std::string names;
    for (const auto& name : serverCertificateNames()) {
        if (!names.empty()) names += ',';
        const bool address = name.find_first_not_of("0123456789.:") == std::string::npos;
        names += (address ? "IP:" : "DNS:") + name;
    }
    return names;
}

}  // namespace

const std::vector<std::string>& interceptedHosts() {
    static const std::vector<std::string> hosts = {"api.partnercenter.microsoft.com", "login.microsoftonline.com",
                                                   "login.windows.net", "management.azure.com"};
    return hosts;
}

const std::vector<std::string>& serverCertificateNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all = {"localhost", "127.0.0.1", "::1"};
        all.insert(all.end(), interceptedHosts().begin(), interceptedHosts().end());
        return all;
    }();
    return names;
}

std::string defaultCaDirectory() {
    if (const char* dir = std::getenv("PCSIM_CA_DIR"); dir && *dir) return dir;
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) return std::string(state) + "/pcsim/ca";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/state/pcsim/ca";
}

LocalCaFiles ensureLocalCa(const std::string& directory) {
    LocalCaFiles files{directory, directory + "/ca.pem", directory + "/server.pem", directory + "/server-key.pem"};
    std::error_code error;
    fs::create_directories(directory, error);
    if (error) throw std::runtime_error("cannot make the directory " + directory + ": " + error.message());
    fs::permissions(directory, fs::perms::owner_all, fs::perm_options::replace, error);
    const std::string caKey = directory + "/ca-key.pem";
    if (fs::exists(files.caCertificate) && fs::exists(caKey)) return files;

    Key key = newKey();
    Certificate ca = newCertificate(key.get(), "pcsim local CA", 3650, nullptr);
    addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    addExtension(ca.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    sign(ca.get(), key.get());
    writeKey(caKey, key.get());
    writeCertificate(files.caCertificate, ca.get());
    return files;
}

LocalCaFiles issueServerCertificate(const std::string& directory) {
    LocalCaFiles files = ensureLocalCa(directory);
    Key caKey = readKey(directory + "/ca-key.pem");
    Certificate ca = readCertificate(files.caCertificate);
    Key key = newKey();
    Certificate server = newCertificate(key.get(), "pcsim", 365, ca.get());
    addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth");
    addExtension(server.get(), ca.get(), NID_subject_alt_name, subjectAltNames());
    addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash");
    addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    sign(server.get(), caKey.get());
    writeKey(files.serverKey, key.get());
    writeCertificate(files.serverCertificate, server.get());
    return files;
}

std::vector<std::string> trustLines(const std::string& ca, const std::string& sampleUrl) {
    return {
        "curl:            curl --cacert " + ca + " " + sampleUrl + "   (or CURL_CA_BUNDLE=" + ca + ")",
        "OpenSSL:         SSL_CERT_FILE=" + ca,
        "Node.js:         NODE_EXTRA_CA_CERTS=" + ca,
        "Python requests: REQUESTS_CA_BUNDLE=" + ca,
        "Java:            keytool -importcert -noprompt -alias pcsim -file " + ca +
            " -keystore pcsim.jks -storepass changeit, then -Djavax.net.ssl.trustStore=pcsim.jks "
            "-Djavax.net.ssl.trustStorePassword=changeit",
        ".NET (Linux):    sudo cp " + ca + " /usr/local/share/ca-certificates/pcsim.crt && sudo update-ca-certificates",
    };
}

}  // namespace pcsim::http

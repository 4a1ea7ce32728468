#pragma once
// pcsim's own certificate authority, so that `pcsim serve --tls` works without the user making a
// certificate: the CA is made once (an EC P-256 key, ten years) in a directory only the user can
// read, and each start issues a fresh server certificate from it for the loopback names and the
// Microsoft hosts stock clients talk to (current-service.md §1). Clients trust the CA's file once.
#include <string>
#include <vector>

namespace pcsim::http {

struct LocalCaFiles {
    std::string directory;
    std::string caCertificate;      // ca.pem: what clients trust
    std::string serverCertificate;  // server.pem
    std::string serverKey;          // server-key.pem
};

// The Microsoft hosts stock clients talk to (current-service.md §1): the names pcsim answers for,
// on its HTTPS port and through its proxy (http/transport/proxy.hpp).
const std::vector<std::string>& interceptedHosts();
// The names the server certificate covers: the loopback names, then interceptedHosts().
const std::vector<std::string>& serverCertificateNames();

// $PCSIM_CA_DIR, else $XDG_STATE_HOME/pcsim/ca, else ~/.local/state/pcsim/ca.
std::string defaultCaDirectory();

// The CA's files in `directory`, made when missing (directory 0700, keys 0600). Throws
// std::runtime_error saying what could not be done.
LocalCaFiles ensureLocalCa(const std::string& directory);
// ensureLocalCa, then a new server certificate and key signed by the CA.
LocalCaFiles issueServerCertificate(const std::string& directory);

// How each kind of client is told to trust `caCertificate`, one line each, for `pcsim ca` and the
// serve banner.
std::vector<std::string> trustLines(const std::string& caCertificate, const std::string& sampleUrl);

}  // namespace pcsim::http

"""MSAL for Python (Debian's python3-msal, 1.21) against pcsim, run with /usr/bin/python3.

Directly (PCSIM_DIRECT_URL, PCSIM_CA_FILE): authority https://127.0.0.1:PORT/TENANT with
instance_discovery=False and verify=CA. Through the proxy (only HTTPS_PROXY and REQUESTS_CA_BUNDLE
set): the default authority https://login.microsoftonline.com/TENANT with instance discovery on,
requests finding the proxy and the CA in the environment. Either way: a client-credentials token for
Partner Center, its RS256 signature verified with PyJWT against the JWKS named by the OpenID
configuration's jwks_uri, and GET /v1/customers answering 200 with it.
"""
import os
import sys

try:
    import jwt
    import msal
    import requests
except ImportError as e:
    sys.exit(f"msal_python.py: {e}: run it with /usr/bin/python3 after scripts/setup.sh "
             "(Debian's python3-msal and python3-jwt)")

TENANT = "7c1e2d3f-0000-4000-8000-000000000001"
CLIENT_ID = "0a0a0a0a-0000-4000-8000-00000000000a"
SECRET = "dev-secret-1"
FABRIKAM = "c1000000-0000-4000-8000-000000000001"
PC_SCOPE = "https://api.partnercenter.microsoft.com/.default"
PC_AUDIENCE = "https://api.partnercenter.microsoft.com"


def main():
    direct = os.environ.get("PCSIM_DIRECT_URL")
    if direct:
        ca = os.environ["PCSIM_CA_FILE"]
        login, partner_center = direct, direct
        app = msal.ConfidentialClientApplication(
            CLIENT_ID, client_credential=SECRET, authority=f"{direct}/{TENANT}",
            instance_discovery=False, verify=ca)
        verify = ca
        print(f"msal {msal.__version__} direct to {direct}")
    else:
        assert os.environ.get("HTTPS_PROXY"), "HTTPS_PROXY or PCSIM_DIRECT_URL must be set"
        login, partner_center = "https://login.microsoftonline.com", "https://api.partnercenter.microsoft.com"
        app = msal.ConfidentialClientApplication(
            CLIENT_ID, client_credential=SECRET, authority=f"{login}/{TENANT}")
        verify = True  # requests reads REQUESTS_CA_BUNDLE (and HTTPS_PROXY) from the environment
        print(f"msal {msal.__version__} through HTTPS_PROXY={os.environ['HTTPS_PROXY']}")

    result = app.acquire_token_for_client(scopes=[PC_SCOPE])
    assert "access_token" in result, f"no token: {result}"
    assert result["token_type"] == "Bearer", result
    assert isinstance(result["expires_in"], int) and result["expires_in"] > 0, result
    token = result["access_token"]

    # The signature, against the keys the OpenID configuration names.
    config = requests.get(f"{login}/{TENANT}/v2.0/.well-known/openid-configuration", verify=verify, timeout=10)
    assert config.status_code == 200, config.text
    config = config.json()
    assert config["token_endpoint"] == f"{login}/{TENANT}/oauth2/v2.0/token", config["token_endpoint"]
    assert "RS256" in config["id_token_signing_alg_values_supported"], config
    jwks = requests.get(config["jwks_uri"], verify=verify, timeout=10)
    assert jwks.status_code == 200, jwks.text
    keys = {k["kid"]: k for k in jwks.json()["keys"]}
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "RS256", header
    assert header["kid"] in keys, f"kid {header['kid']} not in the JWKS ({list(keys)})"
    key = jwt.PyJWK(keys[header["kid"]], algorithm="RS256")
    # Expiry is judged on this machine's wall clock, as any client does; pcsim's clock is simulated.
    claims = jwt.decode(token, key.key, algorithms=["RS256"], audience=PC_AUDIENCE)
    assert claims["tid"] == TENANT, claims
    assert claims.get("appid", claims.get("azp")) == CLIENT_ID, claims
    print(f"signature verified with key {header['kid']} from {config['jwks_uri']}; aud {claims['aud']}")

    # A token signed by anyone else is refused by the same check.
    other = jwt.encode({"aud": PC_AUDIENCE}, "not-the-key", algorithm="HS256")
    try:
        jwt.decode(other, key.key, algorithms=["RS256"], audience=PC_AUDIENCE)
        raise AssertionError("a token not signed with the JWKS key was accepted")
    except jwt.InvalidTokenError:
        pass

    customers = requests.get(f"{partner_center}/v1/customers", headers={"Authorization": f"Bearer {token}",
                             "Accept": "application/json"}, verify=verify, timeout=10)
    assert customers.status_code == 200, f"{customers.status_code} {customers.text}"
    assert any(c["id"] == FABRIKAM for c in customers.json()["items"]), customers.text
    print(f"GET /v1/customers: {customers.json()['totalCount']} customers")

    # msal 1.21's acquire_token_for_client always asks the token endpoint (1.23 and later look in
    # the cache first); its cache is read with acquire_token_silent and no account.
    cached = app.acquire_token_silent([PC_SCOPE], account=None)
    assert cached and cached["access_token"] == token, f"the token from msal's cache: {cached}"
    print("ok")


if __name__ == "__main__":
    sys.exit(main())

// @azure/msal-node's ConfidentialClientApplication with the default authority
// (https://login.microsoftonline.com/TENANT, instance discovery on): acquireTokenByClientCredential
// through pcsim's proxy (HTTPS_PROXY, NODE_EXTRA_CA_CERTS), the token then used on Partner Center.
// msal-node 5 and later send with Node's fetch and have no proxy setting (v5 dropped proxyUrl);
// Node 20's fetch ignores HTTPS_PROXY. The documented way to reach a proxy is the networkClient
// extension point: here a three-line one on @azure/core-rest-pipeline, which honours HTTPS_PROXY
// (as @azure/identity does for the msal-node it wraps).
import assert from "node:assert/strict";
import { ConfidentialClientApplication } from "@azure/msal-node";
import { CLIENT_ID, FABRIKAM, PC_SCOPE, SECRET, TENANT, claims, direct, expectStatus, hosts, rest } from "./lib.mjs";

const sent = [];
async function send(method, url, options = {}) {
  sent.push(`${method} ${new URL(url).host}${new URL(url).pathname}`);
  const answer = await rest(method, url, { headers: options.headers ?? {}, body: options.body });
  return { status: answer.status, headers: answer.headers.toJSON(), body: answer.body ?? {} };
}

assert.ok(!direct && process.env.HTTPS_PROXY, "run through the proxy: HTTPS_PROXY set, PCSIM_DIRECT_URL not");
const app = new ConfidentialClientApplication({
  auth: { clientId: CLIENT_ID, clientSecret: SECRET, authority: `https://login.microsoftonline.com/${TENANT}` },
  system: { networkClient: { sendGetRequestAsync: (url, o) => send("GET", url, o), sendPostRequestAsync: (url, o) => send("POST", url, o) } },
});

const result = await app.acquireTokenByClientCredential({ scopes: [PC_SCOPE] });
assert.ok(result?.accessToken, "an access token");
assert.equal(result.tokenType, "Bearer");
assert.ok(result.expiresOn instanceof Date && result.expiresOn.getTime() > Date.now());
assert.deepEqual(result.scopes, [PC_SCOPE]);
const c = claims(result.accessToken);
assert.equal(c.aud, "https://api.partnercenter.microsoft.com");
assert.equal(c.tid, TENANT);
console.log(`acquireTokenByClientCredential: ${result.tokenType}, expires ${result.expiresOn.toISOString()}, from ${result.fromCache ? "cache" : "the token endpoint"}`);

// A second call is answered from msal's cache.
const again = await app.acquireTokenByClientCredential({ scopes: [PC_SCOPE] });
assert.equal(again.accessToken, result.accessToken);
assert.equal(again.fromCache, true);

const customers = expectStatus(
  await rest("GET", `${hosts.partnerCenter}/v1/customers`, { token: result.accessToken }),
  200,
  "GET /v1/customers",
);
assert.ok(customers.items.some((x) => x.id === FABRIKAM));
console.log(`msal-node sent: ${sent.join(", ")}`);
assert.ok(sent.some((s) => s === `POST login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`));
console.log("ok");

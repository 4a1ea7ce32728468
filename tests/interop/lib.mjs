// What the interop programs share: the default scenario's ids, where to send requests, and a REST
// helper on @azure/core-rest-pipeline (which, unlike Node's fetch, honours HTTPS_PROXY).
//
// The target is chosen by the environment alone, so one program runs both ways unchanged:
//   PCSIM_DIRECT_URL=https://127.0.0.1:PORT  every host is pcsim's HTTPS address (authorityHost,
//                                            endpoint and instance discovery off);
//   unset                                    the real hosts, which HTTPS_PROXY leads to pcsim.
// Trust comes from NODE_EXTRA_CA_CERTS in both cases; certificate checks stay on.
import assert from "node:assert/strict";
import { createDefaultHttpClient, createHttpHeaders, createPipelineFromOptions, createPipelineRequest } from "@azure/core-rest-pipeline";

// scenarios/default.yaml
export const TENANT = "7c1e2d3f-0000-4000-8000-000000000001";
export const CLIENT_ID = "0a0a0a0a-0000-4000-8000-00000000000a";
export const SECRET = "dev-secret-1";
export const REFRESH_TOKEN = "dev-refresh-1"; // the scenario's AdminAgent user
export const FABRIKAM = "c1000000-0000-4000-8000-000000000001";
export const PRODUCTION = "A1000000-0000-4000-8000-000000000001"; // registered for reserved instances
export const PRODUCTION_AZURE = "a1a1a1a1-0000-4000-8000-000000000001";
export const D4S_EASTUS2_P1Y = "DZH318Z0BQ3Q:00G1:DZH318XZXK7M";

export const PC_SCOPE = "https://api.partnercenter.microsoft.com/.default";
export const ARM_SCOPE = "https://management.azure.com/.default";

export const direct = process.env.PCSIM_DIRECT_URL || undefined;
export const hosts = direct
  ? { login: direct, partnerCenter: direct, arm: direct }
  : {
      login: "https://login.microsoftonline.com",
      partnerCenter: "https://api.partnercenter.microsoft.com",
      arm: "https://management.azure.com",
    };

// Options for @azure/identity credentials: none at all when going through the proxy.
export function credentialOptions() {
  return direct ? { authorityHost: direct, disableInstanceDiscovery: true } : {};
}

// Options for an ARM client: none at all when going through the proxy. Directly, the endpoint is
// pcsim's, and the scope must stay ARM's (the SDKs derive it from the endpoint otherwise).
export function armClientOptions() {
  return direct ? { endpoint: direct, credentialScopes: [ARM_SCOPE] } : {};
}

const pipeline = createPipelineFromOptions({});
const httpClient = createDefaultHttpClient();

// One request; answers {status, headers, body} with body parsed as JSON when it is JSON.
// (`body` sends a string as it is, with the Content-Type given in `headers`.)
export async function rest(method, url, { token, json, form, body: raw, headers = {} } = {}) {
  const h = createHttpHeaders({ Accept: "application/json", ...headers });
  if (token) h.set("Authorization", `Bearer ${token}`);
  let body = raw;
  if (json !== undefined) {
    h.set("Content-Type", "application/json");
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    h.set("Content-Type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(form).toString();
  }
  const request = createPipelineRequest({ url, method, headers: h, body });
  const response = await pipeline.sendRequest(httpClient, request);
  const text = response.bodyAsText ?? "";
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {}
  return { status: response.status, headers: response.headers, body: parsed, text };
}

export function expectStatus(answer, status, what) {
  assert.equal(answer.status, status, `${what}: HTTP ${answer.status} ${answer.text}`);
  return answer.body;
}

// The claims of a JWT (not verified here; msal_python.py checks the signature).
export function claims(jwt) {
  const parts = jwt.split(".");
  assert.equal(parts.length, 3, "an access token is a JWS in compact form");
  const header = JSON.parse(Buffer.from(parts[0], "base64url").toString());
  assert.equal(header.alg, "RS256");
  return JSON.parse(Buffer.from(parts[1], "base64url").toString());
}

// Buys a one-year D4s_v3 reservation for Fabrikam's production subscription through Partner
// Center (cart, checkout) with the app token, and finds its reservation order id in the customer's
// entitlements, which Partner Center gives only to an App+User token (taken with the scenario's
// refresh token at the same token endpoint). Answers {orderId, reservationOrderId}.
export async function buyReservation(appToken, scope = "single") {
  const pc = hosts.partnerCenter;
  const line = {
    id: 0,
    catalogItemId: D4S_EASTUS2_P1Y,
    quantity: 1,
    billingCycle: "one_time",
    termDuration: "P1Y",
    provisioningContext: { subscriptionId: PRODUCTION, scope },
  };
  const cart = expectStatus(
    await rest("POST", `${pc}/v1/customers/${FABRIKAM}/carts`, { token: appToken, json: { lineItems: [line] } }),
    201,
    "create cart",
  );
  assert.equal(cart.status, "Active");
  const checkout = expectStatus(
    await rest("POST", `${pc}/v1/customers/${FABRIKAM}/carts/${cart.id}/checkout`, { token: appToken }),
    201,
    "checkout",
  );
  assert.deepEqual(checkout.orderErrors, []);
  assert.equal(checkout.orders.length, 1);
  const orderId = checkout.orders[0].id;
  assert.equal(checkout.orders[0].lineItems[0].offerId, D4S_EASTUS2_P1Y);

  const user = expectStatus(
    await rest("POST", `${hosts.login}/${TENANT}/oauth2/v2.0/token`, {
      form: { grant_type: "refresh_token", client_id: CLIENT_ID, refresh_token: REFRESH_TOKEN, scope: PC_SCOPE },
    }),
    200,
    "App+User token",
  );
  const entitlements = expectStatus(
    await rest("GET", `${pc}/v1/customers/${FABRIKAM}/entitlements`, { token: user.access_token }),
    200,
    "entitlements",
  );
  const entitlement = entitlements.items.find((e) => e.referenceOrder?.id === orderId);
  assert.ok(entitlement, `an entitlement for order ${orderId}: ${JSON.stringify(entitlements)}`);
  const reservationOrderId = entitlement.entitledArtifacts[0].resourceId;
  assert.match(reservationOrderId, /^[0-9a-f-]{36}$/i);
  return { orderId, reservationOrderId };
}

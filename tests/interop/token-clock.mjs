// Token lifetimes as a stock client sees them. @azure/identity caches a token for its expires_in on
// the client's own wall clock, so:
//  - after POST /_pcsim/clock {"advance":"P7D"} the credential hands back the token it holds
//    (no new token request, checked in pcsim's journal), and pcsim still takes it;
//  - after POST /_pcsim/tokens/expire pcsim answers 401 to it; the same credential still hands it
//    back for Partner Center (a plain 401 tells it nothing), while ARM's 401 carries a claims
//    challenge, as continuous access evaluation does, and the ARM client's stock bearer policy
//    fetches a new token and retries on its own.
// Direct only (PCSIM_DIRECT_URL): the control routes are on pcsim's own address.
import assert from "node:assert/strict";
import { ClientSecretCredential } from "@azure/identity";
import reservations from "@azure/arm-reservations";
import {
  CLIENT_ID, PC_SCOPE, SECRET, TENANT, armClientOptions, buyReservation, credentialOptions, direct, expectStatus, rest,
} from "./lib.mjs";

assert.ok(direct, "PCSIM_DIRECT_URL must be set: the control routes are on pcsim's address");
const { AzureReservationAPI } = reservations;

async function tokenRequests() {
  const journal = expectStatus(await rest("GET", `${direct}/_pcsim/journal`), 200, "GET /_pcsim/journal");
  assert.equal(journal.dropped, 0);
  return journal.items.filter((e) => e.method === "POST" && /\/oauth2\/(v2\.0\/)?token$/.test(e.path)).length;
}
const customers = async (token) => (await rest("GET", `${direct}/v1/customers`, { token })).status;

const credential = new ClientSecretCredential(TENANT, CLIENT_ID, SECRET, credentialOptions());
const first = await credential.getToken(PC_SCOPE);
assert.equal(await customers(first.token), 200);
const { reservationOrderId } = await buyReservation(first.token);
const arm = new AzureReservationAPI(credential, armClientOptions());
assert.equal((await arm.reservationOrder.get(reservationOrderId)).name, reservationOrderId);
const before = await tokenRequests();

// Seven simulated days later the cached token is reused, and accepted.
expectStatus(await rest("POST", `${direct}/_pcsim/clock`, { json: { advance: "P7D" } }), 200, "advance the clock");
const cached = await credential.getToken(PC_SCOPE);
assert.equal(cached.token, first.token, "the credential hands back its cached token");
assert.equal(await customers(cached.token), 200, "pcsim takes a token it issued before the clock moved");
assert.equal((await arm.reservationOrder.get(reservationOrderId)).name, reservationOrderId);
assert.equal(await tokenRequests(), before, "no new token request after the clock moved");
console.log("after advancing the clock P7D: the cached tokens are reused and accepted");

// Every issued token expired: 401, and the stock credential does not notice.
expectStatus(await rest("POST", `${direct}/_pcsim/tokens/expire`), 200, "expire the tokens");
const refused = await rest("GET", `${direct}/v1/customers`, { token: cached.token });
assert.equal(refused.status, 401, `the expired token is refused: ${refused.text}`);
console.log(`after /_pcsim/tokens/expire: GET /v1/customers -> 401 ${refused.text}`);
const still = await credential.getToken(PC_SCOPE);
assert.equal(still.token, first.token, "the same credential still hands back the expired token");
assert.equal(await customers(still.token), 401);
// ARM answers the revoked token with a claims challenge (continuous access evaluation); the stock
// bearer policy takes a new token for it, bypassing the credential's cache, and sends the call again.
assert.equal((await arm.reservationOrder.get(reservationOrderId)).name, reservationOrderId,
  "the ARM client recovers from the claims challenge on its own");
assert.equal(await tokenRequests(), before + 1, "the ARM client asked once for a new token");
console.log("ARM client with the revoked token: claims challenge answered with a new token, 200");

// A new credential takes a new token, and everything works again.
const fresh = new ClientSecretCredential(TENANT, CLIENT_ID, SECRET, credentialOptions());
const renewed = await fresh.getToken(PC_SCOPE);
assert.notEqual(renewed.token, first.token);
assert.equal(await customers(renewed.token), 200);
const arm2 = new AzureReservationAPI(fresh, armClientOptions());
assert.equal((await arm2.reservationOrder.get(reservationOrderId)).name, reservationOrderId);
assert.equal(await tokenRequests(), before + 3, "the new credential asked once for each audience");
console.log("a new credential recovers: new tokens, 200 again");
console.log("ok");

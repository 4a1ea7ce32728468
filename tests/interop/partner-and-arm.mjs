// @azure/identity's ClientSecretCredential and @azure/arm-reservations against pcsim: a Partner
// Center token and GET /v1/customers, a reservation bought through Partner Center REST, then read
// and re-scoped through the generated ARM client. The same file runs directly (PCSIM_DIRECT_URL)
// and through pcsim's proxy (only HTTPS_PROXY and NODE_EXTRA_CA_CERTS): see lib.mjs.
import assert from "node:assert/strict";
import { ClientSecretCredential } from "@azure/identity";
import reservations from "@azure/arm-reservations";
import {
  ARM_SCOPE, CLIENT_ID, FABRIKAM, PC_SCOPE, PRODUCTION_AZURE, SECRET, TENANT,
  armClientOptions, buyReservation, claims, credentialOptions, direct, expectStatus, hosts, rest,
} from "./lib.mjs";

const { AzureReservationAPI } = reservations;
console.log(direct ? `direct to ${direct}` : `through HTTPS_PROXY=${process.env.HTTPS_PROXY}`);

const credential = new ClientSecretCredential(TENANT, CLIENT_ID, SECRET, credentialOptions());

// Partner Center
const pcToken = await credential.getToken(PC_SCOPE);
assert.ok(pcToken && pcToken.expiresOnTimestamp > Date.now(), "a Partner Center token that has not expired");
const pcClaims = claims(pcToken.token);
assert.equal(pcClaims.aud, "https://api.partnercenter.microsoft.com");
assert.equal(pcClaims.tid, TENANT);
assert.equal(pcClaims.appid ?? pcClaims.azp, CLIENT_ID);

const customers = expectStatus(
  await rest("GET", `${hosts.partnerCenter}/v1/customers`, { token: pcToken.token }),
  200,
  "GET /v1/customers",
);
const fabrikam = customers.items.find((c) => c.id === FABRIKAM);
assert.equal(fabrikam?.companyProfile?.companyName, "Fabrikam Inc");
assert.equal(customers.totalCount, customers.items.length);
console.log(`GET /v1/customers: ${customers.totalCount} customers`);

const { orderId, reservationOrderId } = await buyReservation(pcToken.token, "single");
console.log(`bought: Partner Center order ${orderId}, reservation order ${reservationOrderId}`);

// Azure Resource Manager, through the generated client
const armToken = await credential.getToken(ARM_SCOPE);
assert.ok(["https://management.azure.com", "https://management.azure.com/"].includes(claims(armToken.token).aud));
const client = new AzureReservationAPI(credential, armClientOptions());

const order = await client.reservationOrder.get(reservationOrderId);
assert.equal(order.id, `/providers/Microsoft.Capacity/reservationOrders/${reservationOrderId}`);
assert.equal(order.name, reservationOrderId);
assert.equal(order.term, "P1Y");
assert.equal(order.originalQuantity, 1);
assert.equal(order.billingPlan, "Upfront");
assert.equal(order.provisioningState, "Succeeded");
assert.ok(order.expiryDateTime instanceof Date && order.createdDateTime instanceof Date && order.expiryDateTime > order.createdDateTime);
console.log(`reservationOrder.get: ${order.displayName ?? order.name}, ${order.term}, ${order.provisioningState}`);

const listed = [];
for await (const r of client.reservation.list(reservationOrderId)) listed.push(r);
assert.equal(listed.length, 1, "one reservation in the order");
const reservationId = listed[0].name.split("/").pop();
assert.equal(listed[0].id, `/providers/Microsoft.Capacity/reservationOrders/${reservationOrderId}/reservations/${reservationId}`);
assert.equal(listed[0].type, "Microsoft.Capacity/reservationOrders/reservations");
assert.equal(listed[0].sku.name, "Standard_D4s_v3");
assert.equal(listed[0].location, "eastus2");
assert.equal(listed[0].properties.quantity, 1);
assert.equal(listed[0].properties.reservedResourceType, "VirtualMachines");
assert.equal(listed[0].properties.appliedScopeType, "Single");
assert.deepEqual(listed[0].properties.appliedScopes, [`/subscriptions/${PRODUCTION_AZURE}`]);

const one = await client.reservation.get(reservationOrderId, reservationId);
assert.equal(one.id, listed[0].id);
assert.equal(one.properties.provisioningState, "Succeeded");
assert.equal(one.properties.instanceFlexibility, "On");
assert.equal(one.properties.term, "P1Y");
console.log(`reservation.get: ${one.name} ${one.sku.name} ${one.properties.appliedScopeType}`);

const shared = await client.reservation.beginUpdateAndWait(reservationOrderId, reservationId, { appliedScopeType: "Shared" });
assert.equal(shared.properties.appliedScopeType, "Shared");
assert.equal((await client.reservation.get(reservationOrderId, reservationId)).properties.appliedScopeType, "Shared");
console.log("reservation.beginUpdateAndWait: Single -> Shared");

const single = await client.reservation.beginUpdateAndWait(reservationOrderId, reservationId, {
  appliedScopeType: "Single",
  appliedScopes: [`/subscriptions/${PRODUCTION_AZURE}`],
});
assert.equal(single.properties.appliedScopeType, "Single");
const back = await client.reservation.get(reservationOrderId, reservationId);
assert.equal(back.properties.appliedScopeType, "Single");
assert.deepEqual(back.properties.appliedScopes, [`/subscriptions/${PRODUCTION_AZURE}`]);
console.log("reservation.beginUpdateAndWait: Shared -> Single");
console.log("ok");

// Drives Code for America's GeoReport v2 client library (npm `open311`) against a running platform and
// prints what it read as one JSON object. Used by Open311IndependentClientTest; run with
//   NODE_PATH=target/open311-client/node_modules node interop.js <base URL> <api key> <description>
const Open311 = require('open311');
const [base, apiKey, description] = process.argv.slice(2);
const city = new Open311({ discovery: base + '/open311/v2/discovery.json', format: 'json', apiKey: apiKey });
const seen = {};

function step(name, call) {
  return new Promise((resolve) => call((err, data) => {
    if (err) {
      console.log(JSON.stringify({ failed: name, error: err, data: data }));
      process.exit(1);
    }
    resolve(data);
  }));
}

(async () => {
  await step('serviceDiscovery', (cb) => city.serviceDiscovery({ cache: true }, cb));
  seen.endpoint = city.endpoint;
  const services = await step('serviceList', (cb) => city.serviceList(cb));
  seen.services = services.length;
  const service = services[0];
  seen.serviceCode = service.service_code;
  const definition = await step('serviceDefinition', (cb) => city.serviceDefinition(service.service_code, cb));
  seen.attributes = definition.attributes.map((a) => a.code);
  const created = await step('submitRequest', (cb) => city.submitRequest({
    service_code: service.service_code, description: description, address_string: '越秀区北京街道',
    lat: 23.1291, long: 113.2644, first_name: '三', last_name: '张', phone: '13800000000',
    attributes: { request_type: 'COMPLAINT' } }, cb));
  seen.created = created[0];
  // the answer names the request at once; a token would only be looked up for an answer without its id
  if (!created[0].service_request_id && created[0].token) {
    const token = await step('token', (cb) => city.token(created[0].token, cb));
    seen.tokenRequestId = token[0].service_request_id;
  }
  // the first service need not be public: read with the key, which reads every request in full
  const read = await step('serviceRequest', (cb) => city.serviceRequest(created[0].service_request_id, { api_key: apiKey }, cb));
  seen.read = read[0];
  const open = await step('serviceRequests', (cb) => city.serviceRequests({ status: 'open', service_code: service.service_code, api_key: apiKey }, cb));
  seen.openIds = open.map((r) => r.service_request_id);
  console.log(JSON.stringify(seen));
})();

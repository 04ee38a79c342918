const { Producer } = require('node-rdkafka');
const ca = process.cwd() + '/.kafka/test/tls/ca.pem';
function tryit(user, pass, port, proto, mech) {
  return new Promise((res) => {
    const t0 = Date.now();
    const p = new Producer({ 'bootstrap.servers': '127.0.0.1:' + port, 'security.protocol': proto, 'sasl.mechanisms': mech, 'sasl.username': user, 'sasl.password': pass, 'ssl.ca.location': ca });
    p.on('event.error', (e) => console.log('  event.error', e.code, e.message, Date.now() - t0));
    p.connect({ timeout: 5000 }, (err, md) => { console.log(proto, mech, user, err ? 'ERR ' + err.code + ' ' + err.message : 'ok ' + md.topics.length + ' topics', Date.now() - t0); p.disconnect(() => res()); });
  });
}
(async () => {
  await tryit('admin', 'admin-secret', 19695, 'SASL_SSL', 'SCRAM-SHA-256');
  await tryit('admin', 'wrong', 19695, 'SASL_SSL', 'SCRAM-SHA-512');
  await tryit('alice', 'alice-secret', 19694, 'SASL_PLAINTEXT', 'PLAIN');
})();

import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { KafkaProperties } from './kafka-properties';

/**
 * node:tls options that make the gateway's own group client (group-protocol.ts) trust and present what librdkafka
 * would, from the same ssl.* properties: CA (file or PEM), client certificate and key (files, PEM or a PKCS#12
 * keystore), certificate and host name checks, cipher and curve lists. Files are read here, once per connection,
 * so that rotated certificates are picked up as librdkafka picks them up on reconnect. A CA directory, an
 * OpenSSL engine or provider, a CRL and Windows certificate stores have no equivalent here; with them the group
 * client keeps node's defaults for that part.
 */
export function tlsOptions(p: KafkaProperties, host: string): ConnectionOptions {
  const options: ConnectionOptions = { host, servername: isIp(host) ? undefined : host };
  const ca = p['ssl.ca.pem'] ?? (p['ssl.ca.location'] && p['ssl.ca.location'] !== 'probe' ? readFileSync(p['ssl.ca.location'], 'utf8') : undefined);
  if (ca) options.ca = ca;
  const cert = p['ssl.certificate.pem'] ?? (p['ssl.certificate.location'] ? readFileSync(p['ssl.certificate.location'], 'utf8') : undefined);
  if (cert) options.cert = cert;
  const key = p['ssl.key.pem'] ?? (p['ssl.key.location'] ? readFileSync(p['ssl.key.location'], 'utf8') : undefined);
  if (key) options.key = key;
  if (p['ssl.key.password']) options.passphrase = p['ssl.key.password'];
  if (p['ssl.keystore.location']) {
    options.pfx = readFileSync(p['ssl.keystore.location']);
    if (p['ssl.keystore.password']) options.passphrase = p['ssl.keystore.password'];
  }
  if (p['ssl.cipher.suites']) options.ciphers = p['ssl.cipher.suites'];
  if (p['ssl.curves.list']) options.ecdhCurve = p['ssl.curves.list'];
  if (p['ssl.sigalgs.list']) options.sigalgs = p['ssl.sigalgs.list'];
  options.rejectUnauthorized = p['enable.ssl.certificate.verification'] !== 'false';
  // librdkafka checks the broker's name against its certificate unless this is "none" (its default is https).
  if ((p['ssl.endpoint.identification.algorithm'] ?? 'https').toLowerCase() === 'none') options.checkServerIdentity = () => undefined;
  return options;
}

const isIp = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');

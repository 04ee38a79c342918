/**
 * What the fuzz must not ask of the shared broker, whatever a mutation happens to decode to: deleting or growing
 * topics it did not make up, topics with so many partitions that the broker itself suffers, producing to (and so
 * auto-creating) topics outside its prefix, reading every topic, and connections anywhere but 127.0.0.1. Config
 * properties that load code or run commands are refused too. These are limits of the test bed, not checks of
 * the gateway: an unsafe structured request is rewritten to a safe one, an unsafe raw one is not sent.
 */
export interface SafetyNames {
  prefix: string;
}

const MANY_PARTITIONS = 64;
const KAFKA_TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
const LOCAL_BROKER = /^\s*((plaintext|ssl|sasl_plaintext|sasl_ssl):\/\/)?127\.0\.0\.1(:\d*)?\s*$/i;
const DANGEROUS_PROPERTY = /plugin|kinit|kerberos|location|\.path|exec|engine|oauthbearer|oidc|interceptor|auto\.create/i;

type Obj = Record<string, unknown>;

/** Why `request` (decoded) is unsafe to send, or undefined. With `fix`, rewrites it in place instead and returns undefined. */
export function unsafe(rpcName: string, request: unknown, names: SafetyNames, fix = false): string | undefined {
  const ownTopic = (t: string) => t.startsWith(names.prefix) || t.startsWith(`^${names.prefix}`);
  const safeTopic = (t: string) => ownTopic(t) || (!KAFKA_TOPIC_NAME.test(t) && !t.startsWith('^'));
  const ownName = (t: string) => `${names.prefix}-${t.replace(/[^a-zA-Z0-9._-]/g, '_')}`.slice(0, 200);
  const safeBrokers = (b: string) => b === '' || b.split(',').every((entry) => LOCAL_BROKER.test(entry));
  let reason: string | undefined;
  const flag = (why: string) => {
    reason ??= why;
    return fix;
  };

  const walk = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (typeof o !== 'object' || o === null || ArrayBuffer.isView(o)) return;
    const obj = o as Obj;
    for (const [key, v] of Object.entries(obj)) {
      if (key === 'topic' && typeof v === 'string' && !safeTopic(v) && flag(`topic ${v.slice(0, 40)}`)) obj[key] = ownName(v);
      if (key === 'topics' && Array.isArray(v))
        v.forEach((t, i) => {
          if (typeof t === 'string' && !safeTopic(t) && flag(`topic ${t.slice(0, 40)}`)) v[i] = ownName(t);
        });
      if (key === 'brokers' && typeof v === 'string' && !safeBrokers(v) && flag(`brokers ${v.slice(0, 40)}`)) obj[key] = '';
      if (key === 'config' && typeof v === 'object' && v !== null) {
        const config = v as Record<string, unknown>;
        for (const [k, value] of Object.entries(config)) {
          const brokerList = /^\s*(bootstrap\.servers|metadata\.broker\.list)\s*$/.test(k);
          if (DANGEROUS_PROPERTY.test(k) && flag(`config ${k.slice(0, 40)}`)) delete config[k];
          else if (brokerList && typeof value === 'string' && !safeBrokers(value) && flag(`${k} ${value.slice(0, 40)}`)) delete config[k];
        }
      }
      walk(obj[key]);
    }
  };
  walk(request);

  const r = request as Obj;
  const topic = typeof r['topic'] === 'string' ? r['topic'] : '';
  if (rpcName.endsWith('/DeleteTopic') || rpcName.endsWith('/CreatePartitions') || rpcName.endsWith('/CreateTopic')) {
    if (topic !== '' && !topic.startsWith(names.prefix) && flag(`${rpcName} of ${topic.slice(0, 40)}`)) r['topic'] = ownName(topic);
  }
  // One broker cannot place a replication factor above 1, so such a request is refused before anything is made.
  const replicas = typeof r['replicationFactor'] === 'number' ? r['replicationFactor'] : 0;
  if (rpcName.endsWith('/CreateTopic') && Number(r['partitions'] ?? 0) > MANY_PARTITIONS && replicas < 2 && flag('many partitions'))
    r['partitions'] = MANY_PARTITIONS;
  const absent = (t: unknown) => typeof t === 'string' && t.startsWith(`${names.prefix}-absent`);
  if (rpcName.endsWith('/CreatePartitions') && Number(r['totalPartitions'] ?? 0) > MANY_PARTITIONS && !absent(r['topic']) && flag('many partitions'))
    r['topic'] = `${names.prefix}-absent-topic`;
  return fix ? undefined : reason;
}

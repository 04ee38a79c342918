import { cut, GatewayError } from '../errors';
import type { Caller } from './principal';

/**
 * Calls whose effect reaches every client of the gateway (deleting a topic, growing one, the process-wide size
 * settings). The operator's switch (--allow-admin-calls) comes first; with principals, the admin role too.
 */
export function requireAdmin(caller: Caller, allowAdminCalls: boolean, call: string): void {
  if (!allowAdminCalls) {
    throw new GatewayError(
      'PERMISSION_DENIED',
      'ADMIN_CALLS_DISABLED',
      `${call} changes what every client of this gateway sees, and this gateway does not allow it (the operator's --allow-admin-calls)`,
    );
  }
  if (caller.principal && caller.principal.role !== 'admin') {
    throw new GatewayError('PERMISSION_DENIED', 'ADMIN_ROLE_REQUIRED', `${call} needs the admin role, and principal ${caller.principal.name} is a user`);
  }
}

export type TopicUse = 'produce' | 'consume';

/** Throws PERMISSION_DENIED unless the caller's principal may `use` the topic (its topic patterns, if it has any). */
export function requireTopic(caller: Caller, use: TopicUse, topic: string): void {
  const patterns = caller.principal?.topics[use];
  if (!patterns || patterns.some((p) => p.regex.test(topic))) return;
  throw new GatewayError(
    'PERMISSION_DENIED',
    'TOPIC_NOT_PERMITTED',
    `principal ${caller.principal!.name} may not ${use} ${use === 'produce' ? 'to' : 'from'} topic ${cut(topic)} (allowed: ${patterns.map((p) => p.text).join(', ') || 'none'})`,
  );
}

/**
 * A subscription by regular expression ("^orders.*") could reach topics outside the patterns as they are
 * created, so a principal with consume patterns subscribes by name only.
 */
export function requireConsumeTopics(caller: Caller, topics: readonly string[]): void {
  for (const t of topics) {
    if (t.startsWith('^') && caller.principal?.topics.consume) {
      throw new GatewayError('PERMISSION_DENIED', 'TOPIC_NOT_PERMITTED', `principal ${caller.principal.name} has topic patterns and may subscribe by topic name only, not by regular expression ${cut(t)}`);
    }
    requireTopic(caller, 'consume', t);
  }
}

/**
 * A consumer group named in a client's config must match the principal's group patterns, if it has any: a
 * group is shared by whoever names it, and a member of another principal's group could take its partitions,
 * commit its offsets, or (with the same group.instance.id) fence its consumer out. Groups the gateway makes for
 * streams without a group.id are its own and not checked.
 */
export function requireGroup(caller: Caller, config: Readonly<Record<string, string>>): void {
  const patterns = caller.principal?.groups;
  const group = config['group.id'];
  if (!patterns || group === undefined || patterns.some((p) => p.regex.test(group))) return;
  throw new GatewayError(
    'PERMISSION_DENIED',
    'GROUP_NOT_PERMITTED',
    `principal ${caller.principal!.name} may not use consumer group ${cut(group)} (allowed: ${patterns.map((p) => p.text).join(', ') || 'none'})`,
  );
}

/** Whether the caller sees a topic in ListTopics and GetMetadata: any, or one its patterns name. */
export function seesTopic(caller: Caller, topic: string): boolean {
  const rules = caller.principal?.topics;
  if (!rules || (rules.produce === undefined && rules.consume === undefined)) return true;
  return [...(rules.produce ?? []), ...(rules.consume ?? [])].some((p) => p.regex.test(topic));
}

/** Whether the caller sees a consumer group in GetMetadata: any, or one its group patterns name. */
export function seesGroup(caller: Caller, group: string): boolean {
  const patterns = caller.principal?.groups;
  return !patterns || patterns.some((p) => p.regex.test(group));
}

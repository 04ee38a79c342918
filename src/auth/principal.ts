/** What a principal may do beyond using its own handles and tables. */
export type Role = 'user' | 'admin';

/** Which topics a principal may produce to and consume from; undefined: any topic. */
export interface TopicRules {
  produce?: TopicPattern[];
  consume?: TopicPattern[];
}

/** A topic or group name pattern from the principals file: '*' matches any run of characters. */
export interface TopicPattern {
  text: string;
  regex: RegExp;
}

/** One entry of the principals file, checked. */
export interface Principal {
  /** Directory-safe (it names the principal's tables database). */
  name: string;
  role: Role;
  topics: TopicRules;
  /** Patterns of the consumer groups (group.id) it may use; undefined: any group. */
  groups?: TopicPattern[];
  /** librdkafka properties for this principal's Kafka clients (its own Kafka credentials), over the operator's. */
  kafka: Record<string, string>;
}

/**
 * Who a call comes from. `owner` is what handles, sub-jobs and quotas are keyed by: the principal's name when
 * authentication is on, the peer's address otherwise. `tables` is the database a caller's tables live in.
 */
export interface Caller {
  owner: string;
  tables: string;
  principal?: Principal;
}

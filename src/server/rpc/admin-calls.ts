import { GatewayError } from '../../errors';

/**
 * Calls whose effect reaches every client of the gateway (deleting a topic, growing one, the process-wide size
 * settings) run only where the operator allowed them (--allow-admin-calls). Until clients have principals and
 * roles, this switch is the one line between any caller and those calls.
 */
export function requireAdminCalls(allowed: boolean, call: string): void {
  if (allowed) return;
  throw new GatewayError(
    'PERMISSION_DENIED',
    'ADMIN_CALLS_DISABLED',
    `${call} changes what every client of this gateway sees, and this gateway does not allow it (the operator's --allow-admin-calls)`,
  );
}

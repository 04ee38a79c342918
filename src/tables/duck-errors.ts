import { GatewayError, invalidArgument } from '../errors';

/** A DuckDB message for a client: its first line (the rest echoes the statement), cut short. */
function firstLine(err: { message: string }): string {
  const line = err.message.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}...` : line;
}

const interrupted = (err: { message: string }) => /^INTERRUPT Error|Interrupted/.test(err.message);

/**
 * What a DuckDB error means for the caller of a table call. DuckDB names its error classes at the start of the
 * message ("Binder Error: ..."): those that a client's statement or value caused become INVALID_ARGUMENT with
 * DuckDB's own first line, an interrupt (our timeout) DEADLINE_EXCEEDED; anything else is left as it is, to be
 * logged and answered INTERNAL.
 */
export function fromDuckError(err: unknown, what: 'query' | 'call'): unknown {
  // Not `instanceof Error`: the native binding's errors may come from another realm (jest's, for one).
  if (err instanceof GatewayError || typeof (err as { message?: unknown } | null)?.message !== 'string') return err;
  const e = err as { message: string };
  if (interrupted(e)) {
    return what === 'query'
      ? new GatewayError('DEADLINE_EXCEEDED', 'QUERY_TIMED_OUT', 'the query ran longer than its time limit and was stopped')
      : new GatewayError('DEADLINE_EXCEEDED', 'TABLE_CALL_TIMED_OUT', 'the table call ran longer than its time limit and was stopped');
  }
  if (/^Permission Error/.test(e.message)) {
    return new GatewayError('PERMISSION_DENIED', 'QUERY_EXTERNAL_ACCESS', `a query reaches only the caller's tables: ${firstLine(e)}`);
  }
  if (/^Out of Memory Error/.test(e.message)) return new GatewayError('RESOURCE_EXHAUSTED', 'TABLE_MEMORY', firstLine(e));
  if (what === 'query' && /^(Parser|Binder|Catalog|Conversion|Invalid Input|Not implemented|Out of Range|TransactionContext|Syntax|Dependency|Constraint|Sequence|Invalid type|Invalid) Error/.test(e.message)) {
    return invalidArgument(firstLine(e), 'QUERY_INVALID');
  }
  if (/^(Conversion|Out of Range|Invalid Input) Error/.test(e.message)) return invalidArgument(firstLine(e), 'INVALID_VALUE');
  return err;
}

/** Runs `fn`, interrupting `conn` when `ms` pass; DuckDB errors come out as fromDuckError says. */
export async function withTimeout<T>(conn: { interrupt(): void }, ms: number, what: 'query' | 'call', fn: () => Promise<T>): Promise<T> {
  const timer = Number.isFinite(ms) ? setTimeout(() => conn.interrupt(), Math.max(1, ms)) : undefined;
  try {
    return await fn();
  } catch (err) {
    throw fromDuckError(err, what);
  } finally {
    clearTimeout(timer);
  }
}

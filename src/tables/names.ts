import { cut, invalidArgument } from '../errors';

/** What a table or column name may be: an identifier, so that no name can carry SQL. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Checks a client's table or column name. Names are also always quoted where they meet SQL (`quoted`): the check
 * keeps them readable and free of quotes, the quoting keeps reserved words (a column named "select") working.
 */
export function identifier(raw: string, what: string, reason = 'INVALID_NAME'): string {
  if (!IDENTIFIER.test(raw)) {
    throw invalidArgument(`${what} ${cut(raw)} is not an identifier (a letter or _, then letters, digits or _, at most 64 characters)`, reason);
  }
  return raw;
}

export const tableName = (raw: string, field = 'table name') => identifier(raw, field, 'INVALID_TABLE_NAME');

/** An identifier checked by `identifier`, quoted for SQL. */
export function quoted(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`unchecked identifier reached SQL: ${cut(name)}`);
  return `"${name}"`;
}

/** A node-style callback call as a promise. */
export function promised<T>(call: (cb: (err: unknown, value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => call((err, value) => (err ? reject(err) : resolve(value))));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

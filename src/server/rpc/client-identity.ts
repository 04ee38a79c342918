/**
 * Who a call comes from, for the per-client handle cap: the peer's IP address. The port is dropped because a
 * client may open a new connection at any time, and handles outlive connections anyway. Behind a proxy every
 * client shares the proxy's address, and so one quota (README, "Handles").
 */
export function clientOf(call: { getPeer(): string }): string {
  // grpc-js writes "<address>:<port>", with IPv6 addresses unbracketed ("::1:5000"), or "unknown".
  const address = call.getPeer().replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

import { connect, type ClientHttp2Session } from 'node:http2';
import { RECEIVE_WINDOW_BYTES } from '../../src/server/receive-windows';
import { startTestGateway } from '../helpers/gateway';

// What a client sees of the gateway's HTTP/2 receive windows: with Node's 64 KiB default, a ProduceStream client
// can have only six 10 KiB records in flight (see src/server/receive-windows.ts).
describe("the gateway's HTTP/2 receive windows", () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  let session: ClientHttp2Session;

  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    session?.destroy();
    await gateway.stop();
  });

  it('let a client send 8 MiB ahead, on each stream and on the connection', async () => {
    session = connect(`http://${gateway.address}`);
    const settings = await new Promise<{ initialWindowSize?: number }>((resolve, reject) => {
      session.once('remoteSettings', resolve);
      session.once('error', reject);
    });
    expect(settings.initialWindowSize).toBe(RECEIVE_WINDOW_BYTES);

    // The connection window comes in a WINDOW_UPDATE after the settings; a ping's answer comes after it.
    await new Promise<void>((resolve, reject) => session.ping((err) => (err ? reject(err) : resolve())));
    expect(session.state.remoteWindowSize).toBe(RECEIVE_WINDOW_BYTES);
  });
});

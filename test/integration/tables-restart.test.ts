import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { everyTypeRows, everyTypeSpecs } from '../helpers/every-type-table';
import { GatewayProcess } from '../helpers/gateway';
import { gatewayClients } from '../helpers/kafka-clients';
import { testBrokers } from '../helpers/test-broker';

// The gateway as users run it (scripts/gateway.sh), stopped by SIGTERM or killed by SIGKILL, then started again
// on the same data directory: what AppendRows answered for must be there, whole.
describe.each(['SIGTERM', 'SIGKILL'] as const)('a table written before a gateway %s', (signal) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kgw-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads back whole after the restart', async () => {
    const args = ['--brokers', testBrokers(), '--data-dir', dataDir];
    let gateway = await GatewayProcess.start(args);
    let api = gatewayClients(gateway.address);
    await api.tables.createTable({ name: 'kept', columns: everyTypeSpecs() });
    for (let i = 0; i < 3; i++) await api.tables.appendRows({ table: 'kept', rows: everyTypeRows() });
    api.close();
    if (signal === 'SIGKILL') process.kill(gateway.pid, 'SIGKILL');
    await gateway.stop();

    gateway = await GatewayProcess.start(args);
    api = gatewayClients(gateway.address);
    try {
      expect((await api.tables.describeTable({ name: 'kept' })).table?.rowCount).toBe(9n);
      const page = await api.tables.readTable({ table: 'kept', limit: 3 });
      expect(page.rows).toEqual(everyTypeRows());
    } finally {
      api.close();
      await gateway.stop();
    }
  });
});

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Installs the Python helper the codec's property test runs (DolphinDB's C++ serializer from PyPI, pinned), so
 * that a fresh clone's `jest` works without `make` first. The script returns at once when it is installed.
 */
export default function unitSetup(): void {
  execFileSync(resolve(__dirname, '../../scripts/install-ddb-oracle.sh'), { stdio: 'inherit' });
}

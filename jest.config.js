// Three projects: unit (no network, but PyPI once, for the codec test's Python helper: unit-setup.ts), integration
// (a real broker, started once for the run by global-setup) and fuzz (the same broker, run alone).
// Test gateways run inside jest's workers, whose libuv pool is sized (4 threads) before any test file runs: give the
// workers the pool a gateway process gives itself (src/server/thread-pool.ts), or a few librdkafka calls blocked on a
// stopped broker stall every other call of the worker, readiness probes included.
process.env.UV_THREADPOOL_SIZE ??= '128';
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/helpers/unit-setup.ts',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/integration/rpc-fuzz.test.ts'],
      transform,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
      slowTestThreshold: 30,
    },
    // The fuzz test holds every other caller to an answer within 1 s: on two cores that is a statement about the
    // gateway only when no other suite (a JVM starting for the Java client, say) competes for them, so `make test`
    // runs this project on its own, after the others.
    {
      displayName: 'fuzz',
      testMatch: ['<rootDir>/test/integration/rpc-fuzz.test.ts'],
      transform,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
    // `npm run faults` (scripts/faults.sh): the fault suite, at size, with brokers and a cluster of its own; not
    // part of `make test`, which runs one fast scenario of each kind (test/integration/faults.test.ts).
    {
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
    },
  ],
  testTimeout: 60000,
  maxWorkers: 2,
};

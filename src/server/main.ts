#!/usr/bin/env node
import './thread-pool';
import { ConfigError, HelpRequested, loadConfig, usage, version, VersionRequested } from '../config/config';
import { startGateway } from '../app';
import { EmbeddedBrokerError } from '../kafka/embedded-broker';
import { createLogger } from '../logger';
import { PrincipalsFileError } from '../auth/principals-file';
import { MetricsListenError } from '../metrics/http-endpoint';
import { ListenError, TlsFilesError } from './server';

/** Exit codes: 0 clean stop, 1 could not start (port in use, broker failed), 2 bad flags or settings. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof HelpRequested) {
      process.stdout.write(`${usage()}\n`);
      process.exit(0);
    }
    if (err instanceof VersionRequested) {
      process.stdout.write(`${version()}\n`);
      process.exit(0);
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`kafka-grpc-gateway: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }

  const log = createLogger(config.logLevel);
  const starting = startGateway(config, log);
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return; // a second signal changes nothing: the shutdown is bounded by its own timeouts
    signalled = true;
    log.info({ signal }, 'shutting down');
    // A signal during start-up waits for the start to finish, so that a broker being started is stopped too.
    void starting
      .then((gateway) => gateway.stop(), () => undefined)
      .then(() => {
        log.info('stopped');
        process.exit(0);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // SIGHUP reads the principals file again; a file that does not check out leaves the current principals.
  process.on('SIGHUP', () => {
    void starting.then((gateway) => {
      try {
        log.info({ principals: gateway.reloadPrincipals() }, 'principals file read again');
      } catch (err) {
        log.error({ err }, 'the principals file was not reloaded: it does not check out, the old principals stay');
      }
    }, () => undefined);
  });

  try {
    await starting;
  } catch (err) {
    if (err instanceof ListenError || err instanceof MetricsListenError || err instanceof EmbeddedBrokerError || err instanceof PrincipalsFileError || err instanceof TlsFilesError) log.fatal(err.message);
    else log.fatal({ err }, 'the gateway could not start');
    process.exit(1);
  }
}

void main();

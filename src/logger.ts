import pino from 'pino';
import type { LogLevel } from './config/config';

export type Logger = pino.Logger;

/** JSON lines on stdout; one logger for the process, children per component. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { name: 'kafka-grpc-gateway' } });
}

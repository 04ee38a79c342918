import { invalidArgument } from './errors';
import { DEFAULT_SIZE_LIMITS, type SizeLimits } from './values/split';

/**
 * The gateway-wide buffer and message sizes (process-wide in the plugin too). Unlike the plugin, a refused change
 * changes nothing: the plugin's setBufferSize below the message size sets both and then reports an error.
 */
export class SizeSettings {
  private limits: SizeLimits = { ...DEFAULT_SIZE_LIMITS };

  get current(): SizeLimits {
    return { ...this.limits };
  }

  setBufferSize(size: number): string {
    if (!Number.isSafeInteger(size) || size <= 0) throw invalidArgument(`the buffer size must be a positive integer, got ${size}`);
    if (size < this.limits.messageSize) {
      throw invalidArgument(`The buffer_size is smaller than message_size (${this.limits.messageSize}); lower the message size first.`);
    }
    this.limits.bufferSize = size;
    return 'The buffer size has been successfully set, please make sure the buffer size is no larger than broker size.';
  }

  setMessageSize(size: number): void {
    if (!Number.isSafeInteger(size) || size <= 0) throw invalidArgument(`the message size must be a positive integer, got ${size}`);
    if (size > this.limits.bufferSize) throw invalidArgument(`message_size should not be larger than buffer_size (${this.limits.bufferSize})`);
    this.limits.messageSize = size;
  }
}

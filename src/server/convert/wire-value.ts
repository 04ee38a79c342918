import { BinaryWriter } from '@bufbuild/protobuf/wire';
import { ConsumedMessage } from '../../gen/kafkagateway/v1/common';
import type { WireBytes } from '../../values/dolphindb/to-protobuf';

/**
 * A consumed message whose value is already Protobuf bytes (a DOLPHINDB payload transcoded by
 * dolphinDBToProtobuf), with `value` left unset. It is sent as it is, however deep in a response it sits.
 */
export interface WireValueMessage extends ConsumedMessage {
  valueWire?: WireBytes;
}

const VALUE_FIELD_TAG = (6 << 3) | 2; // ConsumedMessage.value, length-delimited

// The generated encoder knows nothing of valueWire, and every response that holds consumed messages (Consume,
// ConsumeAcked, PollBatch, Poll) reaches them through ConsumedMessage.encode. So that one function is wrapped, once,
// here: it writes the other fields as generated, then the value's bytes as field 6. Protobuf readers take fields in
// any order, so a message that ends with its value decodes exactly as one encoded from a Value object.
const generatedEncode = ConsumedMessage.encode;
ConsumedMessage.encode = (message: ConsumedMessage, writer: BinaryWriter = new BinaryWriter()): BinaryWriter => {
  generatedEncode(message, writer);
  const wire = (message as WireValueMessage).valueWire;
  if (wire) {
    writer.uint32(VALUE_FIELD_TAG).uint32(wire.size);
    for (const chunk of wire.chunks) writer.raw(chunk);
  }
  return writer;
};

import { BinaryWriter } from '@bufbuild/protobuf/wire';
import { ConsumedMessage } from '../../gen/kafkagateway/v1/common';
import { PollDictResponse_ValuesEntry } from '../../gen/kafkagateway/v1/consumer_service';
import type { Value } from '../../gen/kafkagateway/v1/value';
import type { WireBytes } from '../../values/dolphindb/to-protobuf';

// Consumed DOLPHINDB payloads reach the client as Protobuf bytes made straight from them (dolphinDBToProtobuf),
// never as Value objects. The generated encoders know nothing of such bytes, so the two that hold a consumed
// value are wrapped here, once: ConsumedMessage (every Consume, ConsumeAcked, PollBatch and Poll response reaches
// its messages through it) and PollDict's map entry. Each writes its other fields as generated, then the value's
// bytes as its Value field. Protobuf readers take fields in any order, so what they send decodes exactly as if it
// had been encoded from a Value object.

/** A consumed message whose value is already Protobuf bytes, with `value` left unset. */
export interface WireValueMessage extends ConsumedMessage {
  valueWire?: WireBytes;
}

/** A Value that stands for its Protobuf bytes, for PollDict's map (the wrapped entry encoder sends `wire`). */
interface WireValue extends Value {
  readonly wire: WireBytes;
}

/** The Value to put in PollDict's map for a value that is already Protobuf bytes. */
export function wireValue(wire: WireBytes): Value {
  const value: WireValue = { kind: undefined, wire };
  return value;
}

/** A length-delimited field whose bytes are `wire`, written without copying them into a fork first. */
function writeWire(writer: BinaryWriter, tag: number, wire: WireBytes): void {
  writer.uint32(tag).uint32(wire.size);
  for (const chunk of wire.chunks) writer.raw(chunk);
}

const CONSUMED_VALUE_TAG = (6 << 3) | 2; // ConsumedMessage.value
const generatedMessageEncode = ConsumedMessage.encode;
ConsumedMessage.encode = (message: ConsumedMessage, writer: BinaryWriter = new BinaryWriter()): BinaryWriter => {
  generatedMessageEncode(message, writer);
  const wire = (message as WireValueMessage).valueWire;
  if (wire) writeWire(writer, CONSUMED_VALUE_TAG, wire);
  return writer;
};

const ENTRY_VALUE_TAG = (2 << 3) | 2; // PollDictResponse.ValuesEntry.value
const generatedEntryEncode = PollDictResponse_ValuesEntry.encode;
PollDictResponse_ValuesEntry.encode = (entry: PollDictResponse_ValuesEntry, writer: BinaryWriter = new BinaryWriter()): BinaryWriter => {
  const wire = (entry.value as Partial<WireValue> | undefined)?.wire;
  if (!wire) return generatedEntryEncode(entry, writer);
  generatedEntryEncode({ key: entry.key, value: undefined }, writer);
  writeWire(writer, ENTRY_VALUE_TAG, wire);
  return writer;
};

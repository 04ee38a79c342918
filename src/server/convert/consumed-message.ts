import { isUtf8 } from 'node:buffer';
import type { Message } from 'node-rdkafka';
import { MarshalType } from '../../gen/kafkagateway/v1/value';
import { ValueError } from '../../values/errors';
import { decodePayload, dolphinDBPayloadAsProtobuf } from '../../values/marshal';
import './wire-value'; // teaches the generated encoders to send valueWire
import type { WireValueMessage } from './wire-value';

const EMPTY = Buffer.alloc(0);

/**
 * A Kafka message as the client sees it. A payload that cannot be decoded is no call failure: as in the plugin,
 * the error travels in the message ("Parse message failed, ..."), and so do the raw bytes, so nothing is lost.
 *
 * A DOLPHINDB payload goes straight to Protobuf bytes (`valueWire`), which is several times faster than building
 * its Value; every other format is decoded into `value`.
 */
export function consumedMessage(m: Message, marshalType: MarshalType): WireValueMessage {
  const key = m.key === undefined || m.key === null ? EMPTY : Buffer.isBuffer(m.key) ? m.key : Buffer.from(m.key);
  const keyIsText = isUtf8(key);
  const out: WireValueMessage = {
    topic: m.topic,
    partition: m.partition,
    offset: BigInt(m.offset),
    key: keyIsText ? key.toString('utf8') : '',
    rawKey: keyIsText ? EMPTY : key,
    value: undefined,
    decodeError: '',
    rawValue: EMPTY,
    headers: (m.headers ?? []).flatMap((h) =>
      Object.entries(h).map(([k, v]) => ({ key: k, value: Buffer.isBuffer(v) ? v : Buffer.from(String(v)) })),
    ),
    timestampMs: BigInt(m.timestamp ?? 0),
  };
  try {
    const wire = dolphinDBPayloadAsProtobuf(m.value, marshalType);
    if (wire) out.valueWire = wire;
    else out.value = decodePayload(m.value, marshalType);
  } catch (err) {
    if (!(err instanceof ValueError)) throw err;
    out.decodeError = `Parse message failed, ${err.message}${textHint(m.value, marshalType)}`;
    out.rawValue = m.value ?? EMPTY;
  }
  return out;
}

/**
 * A payload someone wrote as text (kcat -P, kafka-console-producer) fails AUTO's DOLPHINDB decoder with a message
 * about data forms that means nothing to its reader; it says instead which marshal type reads it, and shows how it
 * begins, so that the message is recognisable. Only for AUTO: a client that asked for a format gets that format's error.
 */
function textHint(payload: Buffer | null | undefined, type: MarshalType): string {
  if (type !== MarshalType.MARSHAL_TYPE_AUTO && type !== MarshalType.MARSHAL_TYPE_UNSPECIFIED) return '';
  if (!payload || !isUtf8(payload) || /[\x00-\x08\x0e-\x1f]/.test(payload.toString('utf8'))) return '';
  const text = payload.toString('utf8');
  const shown = text.length > 40 ? `${text.slice(0, 40)}...` : text;
  return `; the payload is text (${JSON.stringify(shown)}): consume with marshal_type MARSHAL_TYPE_PLAIN to read it as a STRING`;
}

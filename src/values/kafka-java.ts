import { isUtf8 } from 'node:buffer';
import { DataType, type Scalar, type Value } from '../gen/kafkagateway/v1/value';
import { asBuffer } from './buffer-view';
import { ValueError } from './errors';
import { elementText } from './text';
import { elementShape, elementsPath } from './vector-shape';

// The formats of Kafka's Java serializers (org.apache.kafka.common.serialization): fixed-width numbers in
// big-endian order, UTF-8 text, raw bytes. The plugin's README promises them; here they exist.

export type JavaFormat = 'SHORT' | 'INT' | 'LONG' | 'FLOAT' | 'DOUBLE' | 'STRING' | 'BYTES';

interface Fixed {
  bytes: number;
  type: DataType;
  read(b: Buffer): Scalar['value'];
  /** Writes one element; the storage classes it accepts are listed in `from`. */
  write(b: Buffer, x: unknown): void;
  from: readonly string[];
}

const INTS = ['ints'];
const FIXED: Record<Exclude<JavaFormat, 'STRING' | 'BYTES'>, Fixed> = {
  SHORT: {
    bytes: 2, type: DataType.DATA_TYPE_SHORT, from: INTS,
    read: (b) => ({ $case: 'short', value: b.readInt16BE(0) }),
    write: (b, x) => b.writeInt16BE(x as number, 0),
  },
  INT: {
    bytes: 4, type: DataType.DATA_TYPE_INT, from: INTS,
    read: (b) => ({ $case: 'int', value: b.readInt32BE(0) }),
    write: (b, x) => b.writeInt32BE(x as number, 0),
  },
  LONG: {
    bytes: 8, type: DataType.DATA_TYPE_LONG, from: ['ints', 'longs'],
    read: (b) => ({ $case: 'long', value: b.readBigInt64BE(0) }),
    write: (b, x) => b.writeBigInt64BE(BigInt(x as number | bigint), 0),
  },
  FLOAT: {
    bytes: 4, type: DataType.DATA_TYPE_FLOAT, from: ['floats', 'doubles'],
    read: (b) => ({ $case: 'float', value: b.readFloatBE(0) }),
    write: (b, x) => b.writeFloatBE(x as number, 0),
  },
  DOUBLE: {
    bytes: 8, type: DataType.DATA_TYPE_DOUBLE, from: ['floats', 'doubles'],
    read: (b) => ({ $case: 'double', value: b.readDoubleBE(0) }),
    write: (b, x) => b.writeDoubleBE(x as number, 0),
  },
};

/**
 * A scalar or vector in a Java serializer's format: one message per element, as PLAIN does. Java's formats have
 * no NULL inside the bytes (Java sends a null record instead), so a NULL element is refused.
 */
export function encodeJava(value: Value, format: JavaFormat): Buffer[] {
  const shape = elementShape(value, 'value');
  if (!shape) throw new ValueError(`JAVA_${format} needs a scalar or a vector`);
  const storage = shape.info.storage;
  if (shape.nulls?.size) throw new ValueError(`JAVA_${format} cannot carry a NULL (element ${[...shape.nulls][0]})`);
  if (format === 'STRING' || format === 'BYTES') {
    if (storage !== 'strings' && storage !== 'blobs') throw new ValueError(`JAVA_${format} needs text or bytes, not ${shape.info.name}`);
    // Bytes as a view of the request: librdkafka copies a payload when it is produced. Text goes through
    // elementText, which writes a STRING as it is and checks a UUID, IPADDR, INT128 or DECIMAL as every form does.
    const path = elementsPath(value, 'value');
    return shape.elements.map((x, i) => (storage === 'blobs' ? asBuffer(x as Uint8Array) : Buffer.from(elementText(shape, i, path) ?? '', 'utf8')));
  }
  const fixed = FIXED[format];
  if (!fixed.from.includes(storage)) throw new ValueError(`JAVA_${format} cannot hold ${shape.info.name} elements`);
  return shape.elements.map((x, i) => {
    const b = Buffer.alloc(fixed.bytes);
    try {
      fixed.write(b, x);
    } catch {
      throw new ValueError(`value[${i}]: ${String(x)} does not fit in a Java ${format.toLowerCase()}`);
    }
    return b;
  });
}

/** A payload written by a Java serializer, as a scalar. An empty payload is the NULL of the format's type. */
export function decodeJava(bytes: Uint8Array, format: JavaFormat): Value {
  const b = asBuffer(bytes);
  let element: Scalar['value'];
  if (format === 'STRING') {
    if (!isUtf8(b)) throw new ValueError('the payload is not UTF-8 text; read it as JAVA_BYTES to get a BLOB');
    element = { $case: 'string', value: b.toString('utf8') };
  } else if (format === 'BYTES') {
    element = { $case: 'blob', value: b }; // a view: a consumed payload is a Buffer of its own already
  } else {
    const fixed = FIXED[format];
    if (b.length === 0) element = { $case: 'null', value: fixed.type };
    else if (b.length !== fixed.bytes) {
      throw new ValueError(`a Java ${format.toLowerCase()} is ${fixed.bytes} bytes, the payload has ${b.length}`);
    } else element = fixed.read(b);
  }
  return { kind: { $case: 'scalar', value: { value: element } } };
}

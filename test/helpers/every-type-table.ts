import { DataType, type Value, type Vector } from '../../src/gen/kafkagateway/v1/value';
import { newVector } from '../../src/values/vector-shape';

/** One column of every column type: three rows, the middle one NULL (listed in nulls, storage's empty element). */
const col = (name: string, type: DataType, fields: Partial<Vector>, scale = 0) => ({ name, type, scale, values: { ...newVector(type), scale, nulls: [1], ...fields } });
const T = DataType;

export const EVERY_TYPE_COLUMNS = [
  col('b', T.DATA_TYPE_BOOL, { bools: [true, false, false] }),
  col('c', T.DATA_TYPE_CHAR, { ints: [-127, 0, 127] }),
  col('sh', T.DATA_TYPE_SHORT, { ints: [-32767, 0, 32767] }),
  col('i', T.DATA_TYPE_INT, { ints: [-2147483647, 0, 2147483647] }),
  col('l', T.DATA_TYPE_LONG, { longs: [-9223372036854775807n, 0n, 9223372036854775807n] }),
  col('d', T.DATA_TYPE_DATE, { ints: [-719162, 0, 19000] }),
  col('mo', T.DATA_TYPE_MONTH, { ints: [0, 0, 24149] }),
  col('t', T.DATA_TYPE_TIME, { ints: [0, 0, 86399999] }),
  col('mi', T.DATA_TYPE_MINUTE, { ints: [0, 0, 1439] }),
  col('se', T.DATA_TYPE_SECOND, { ints: [0, 0, 86399] }),
  col('dt', T.DATA_TYPE_DATETIME, { ints: [-2147483647, 0, 2147483647] }),
  col('ts', T.DATA_TYPE_TIMESTAMP, { longs: [-62135596800000n, 0n, 1700000000123n] }),
  col('nt', T.DATA_TYPE_NANOTIME, { longs: [0n, 0n, 86399999999999n] }),
  col('nts', T.DATA_TYPE_NANOTIMESTAMP, { longs: [-9223372036854775807n, 0n, 1700000000123456789n] }),
  col('dh', T.DATA_TYPE_DATEHOUR, { ints: [-2147483647, 0, 2147483647] }),
  col('f', T.DATA_TYPE_FLOAT, { floats: [Math.fround(-1.5e38), 0, Math.fround(3.14)] }),
  col('db', T.DATA_TYPE_DOUBLE, { doubles: [-1.7e308, 0, Math.PI] }),
  col('sy', T.DATA_TYPE_SYMBOL, { strings: ['AAPL', '', 'MSFT'] }),
  col('st', T.DATA_TYPE_STRING, { strings: ['héllo, "world"', '', "it's\n"] }),
  col('bl', T.DATA_TYPE_BLOB, { blobs: [Buffer.from([0, 1, 255]), Buffer.alloc(0), Buffer.alloc(0)] }),
  col('u', T.DATA_TYPE_UUID, { strings: ['5d212a78-cc48-e3b1-4235-b4d91473ee87', '', 'ffffffff-ffff-ffff-ffff-ffffffffffff'] }),
  col('ip', T.DATA_TYPE_IPADDR, { strings: ['192.168.1.1', '', '2001:db8::1'] }),
  col('i128', T.DATA_TYPE_INT128, { strings: ['e1671797c52e15f763380b45e841ec32', '', '00000000000000000000000000000001'] }),
  col('d32', T.DATA_TYPE_DECIMAL32, { strings: ['-21474.83647', '', '0.00001'] }, 5),
  col('d64', T.DATA_TYPE_DECIMAL64, { strings: ['-92233720368.54775807', '', '1.00000000'] }, 8),
  col('d128', T.DATA_TYPE_DECIMAL128, { strings: ['-9999999999999999999999999999.9999999999', '', '0.0000000001'] }, 10),
];

export const everyTypeSpecs = () => EVERY_TYPE_COLUMNS.map(({ name, type, scale }) => ({ name, type, scale }));
export const everyTypeRows = (): Value => ({ kind: { $case: 'table', value: { name: '', columns: EVERY_TYPE_COLUMNS.map(({ name, values }) => ({ name, values })) } } });

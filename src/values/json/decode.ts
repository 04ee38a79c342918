import { isUtf8 } from 'node:buffer';
import { DataType, type Scalar, type Value } from '../../gen/kafkagateway/v1/value';
import { MAX_DEPTH } from '../dolphindb/encode';
import { ValueError } from '../errors';
import { newVector } from '../vector-shape';

const INT_MAX = 2147483647n;
const LONG_MAX = (1n << 63n) - 1n;

/**
 * Decodes JSON as the plugin maps it to DolphinDB: an object is a dictionary STRING -> ANY, an array a tuple, an
 * integer an INT, a LONG when it needs 64 bits, and STRING digits beyond that; a fraction or exponent a DOUBLE;
 * true/false a BOOL; null the VOID NULL. Unlike the plugin, strings are unescaped, negative integers are never
 * truncated to 32 bits, and object keys keep the document's order.
 *
 * Hand-written rather than JSON.parse: JSON.parse rounds integers above 2^53 before anyone can see them, and a
 * parser that builds Values directly can bound the nesting and name the offset of an error.
 */
export function decodeJson(bytes: Uint8Array): Value {
  if (!isUtf8(bytes)) throw new ValueError('invalid JSON: the payload is not UTF-8 text');
  return new JsonParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')).document();
}

const scalar = (value: Scalar['value']): Value => ({ kind: { $case: 'scalar', value: { value } } });

class JsonParser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  document(): Value {
    this.space();
    const c = this.text[this.pos];
    if (c !== '{' && c !== '[') throw this.error('a JSON payload must be an object or an array');
    const value = this.item();
    this.space();
    if (this.pos < this.text.length) throw this.error('unexpected text after the JSON document');
    return value;
  }

  private error(what: string): ValueError {
    return new ValueError(`invalid JSON at offset ${this.pos}: ${what}`);
  }

  private space(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  private expect(literal: string): void {
    if (!this.text.startsWith(literal, this.pos)) throw this.error(`expected ${literal}`);
    this.pos += literal.length;
  }

  private item(): Value {
    this.space();
    switch (this.text[this.pos]) {
      case '[':
        return this.nest(() => this.array());
      case '{':
        return this.nest(() => this.object());
      case '"':
        return scalar({ $case: 'string', value: this.string() });
      case 't':
        this.expect('true');
        return scalar({ $case: 'bool', value: true });
      case 'f':
        this.expect('false');
        return scalar({ $case: 'bool', value: false });
      case 'n':
        this.expect('null');
        return scalar({ $case: 'null', value: DataType.DATA_TYPE_VOID });
      case undefined:
        throw this.error('unexpected end of input');
      default:
        return this.number();
    }
  }

  private nest(parse: () => Value): Value {
    if (++this.depth > MAX_DEPTH) throw this.error(`nested more than ${MAX_DEPTH} levels deep`);
    const value = parse();
    this.depth--;
    return value;
  }

  private array(): Value {
    const tuple = newVector(DataType.DATA_TYPE_ANY);
    this.pos++;
    this.space();
    if (this.text[this.pos] === ']') this.pos++;
    else {
      for (;;) {
        tuple.values.push(this.item());
        this.space();
        const c = this.text[this.pos++];
        if (c === ']') break;
        if (c !== ',') throw this.error('expected , or ] in an array');
      }
    }
    return { kind: { $case: 'vector', value: tuple } };
  }

  private object(): Value {
    const entries = new Map<string, Value>();
    this.pos++;
    this.space();
    if (this.text[this.pos] === '}') this.pos++;
    else {
      for (;;) {
        this.space();
        if (this.text[this.pos] !== '"') throw this.error('expected a string key in an object');
        const key = this.string();
        this.space();
        this.expect(':');
        entries.set(key, this.item());
        this.space();
        const c = this.text[this.pos++];
        if (c === '}') break;
        if (c !== ',') throw this.error('expected , or } in an object');
      }
    }
    const keys = newVector(DataType.DATA_TYPE_STRING);
    keys.strings = [...entries.keys()];
    const values = newVector(DataType.DATA_TYPE_ANY);
    values.values = [...entries.values()];
    return { kind: { $case: 'dictionary', value: { keys, values } } };
  }

  private string(): string {
    const t = this.text;
    const start = ++this.pos;
    // Fast path: no escapes.
    let end = start;
    for (; end < t.length; end++) {
      const c = t.charCodeAt(end);
      if (c === 0x22 || c === 0x5c || c < 0x20) break;
    }
    if (t.charCodeAt(end) === 0x22) {
      this.pos = end + 1;
      return t.slice(start, end);
    }
    let out = t.slice(start, end);
    this.pos = end;
    for (;;) {
      if (this.pos >= t.length) throw this.error('unterminated string');
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        return out;
      }
      if (c < 0x20) throw this.error('a control character must be escaped in a string');
      if (c !== 0x5c) {
        out += t[this.pos++];
        continue;
      }
      const e = t[this.pos + 1];
      this.pos += 2;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const hex = t.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.error('\\u needs 4 hex digits');
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        default:
          this.pos -= 2;
          throw this.error(`unknown escape \\${e ?? ''}`);
      }
    }
  }

  private number(): Value {
    const m = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = this.pos;
    const match = m.exec(this.text);
    if (!match) throw this.error(`unexpected character ${JSON.stringify(this.text[this.pos])}`);
    this.pos = m.lastIndex;
    const text = match[0];
    if (match[1] !== undefined || match[2] !== undefined) return scalar({ $case: 'double', value: Number(text) });
    const n = BigInt(text);
    // The lowest value of each width is DolphinDB's NULL, so it moves up a width.
    if (n >= -INT_MAX && n <= INT_MAX) return scalar({ $case: 'int', value: Number(n) });
    if (n >= -LONG_MAX && n <= LONG_MAX) return scalar({ $case: 'long', value: n });
    return scalar({ $case: 'string', value: text });
  }
}

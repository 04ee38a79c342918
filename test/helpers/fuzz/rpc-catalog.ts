import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createFileRegistry, fromBinary, type DescMessage, type DescMethod } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { REPO } from '../test-broker';

const GEN_DIR = resolve(REPO, 'src/gen/kafkagateway/v1');
const DESCRIPTORS = resolve(REPO, 'src/gen/descriptors/kafkagateway.binpb');

/** What ts-proto generates for a message: enough to build, encode and decode one. */
export interface MessageFns {
  fromPartial(object: unknown): unknown;
  encode(message: unknown): { finish(): Uint8Array };
  decode(input: Uint8Array): unknown;
}

/** One RPC as a generated service definition describes it, with its request type's descriptor for the field types. */
export interface Rpc {
  /** e.g. "/kafkagateway.v1.ConsumerService/Poll". */
  path: string;
  /** e.g. "ConsumerService/Poll", for reports. */
  name: string;
  requestStream: boolean;
  responseStream: boolean;
  requestType: MessageFns;
  requestDesc: DescMessage;
  encodeRequest(partial: unknown): Buffer;
  /** The request as the server decodes it; throws when the server's decoding would fail too. */
  decodeRequest(bytes: Buffer): unknown;
  decodeResponse(bytes: Buffer): unknown;
}

interface ServiceMethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestSerialize(value: unknown): Buffer;
  requestDeserialize(bytes: Buffer): unknown;
  responseDeserialize(bytes: Buffer): unknown;
}

/**
 * Every method of every service in the generated *_service.ts files: a new RPC, or a new service file, is in the
 * list without anyone adding it. The descriptor set buf wrote beside them gives each request's field types.
 */
export function allRpcs(): Rpc[] {
  const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(DESCRIPTORS)));
  const methods = new Map<string, DescMethod>();
  for (const file of registry.files) for (const s of file.services) for (const m of s.methods) methods.set(`/${s.typeName}/${m.name}`, m);

  const modules = readdirSync(GEN_DIR)
    .filter((f) => f.endsWith('.ts'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((f) => ({ file: f, exports: require(resolve(GEN_DIR, f)) as Record<string, unknown> }));
  const messageFns = new Map<string, MessageFns>();
  for (const m of modules) for (const [name, v] of Object.entries(m.exports)) if (isMessageFns(v)) messageFns.set(name, v);

  const rpcs: Rpc[] = [];
  for (const m of modules.filter((x) => x.file.endsWith('_service.ts'))) {
    for (const [exportName, service] of Object.entries(m.exports)) {
      if (!exportName.endsWith('ServiceService') || typeof service !== 'object' || service === null) continue;
      for (const def of Object.values(service as Record<string, ServiceMethodDefinition>)) {
        const desc = methods.get(def.path);
        if (!desc) throw new Error(`${def.path} is in the generated code but not in ${DESCRIPTORS}: regenerate`);
        const requestType = messageFns.get(tsProtoName(desc.input));
        if (!requestType) throw new Error(`no generated type for ${desc.input.typeName}`);
        rpcs.push({
          path: def.path,
          name: def.path.split('.').pop()!,
          requestStream: def.requestStream,
          responseStream: def.responseStream,
          requestType,
          requestDesc: desc.input,
          encodeRequest: (partial) => def.requestSerialize(requestType.fromPartial(partial)),
          decodeRequest: (bytes) => def.requestDeserialize(bytes),
          decodeResponse: (bytes) => def.responseDeserialize(bytes),
        });
      }
    }
  }
  return rpcs;
}

/** ts-proto names a nested message Outer_Inner, without the package. */
function tsProtoName(desc: DescMessage): string {
  return desc.typeName.slice(desc.file.proto.package.length + 1).replace(/\./g, '_');
}

function isMessageFns(v: unknown): v is MessageFns {
  return typeof v === 'object' && v !== null && typeof (v as MessageFns).fromPartial === 'function' && typeof (v as MessageFns).encode === 'function';
}

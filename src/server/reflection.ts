import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BinaryReader, WireType } from '@bufbuild/protobuf/wire';
import { ReflectionService } from '@grpc/reflection';
import type { Server } from '@grpc/grpc-js';

// Written by `buf build` (scripts/generate.sh): ours, and the standard health and reflection services, so that
// `grpcurl list` shows and describes every service the server offers.
const DESCRIPTOR_SETS = ['kafkagateway.binpb', 'grpc-health.binpb', 'grpc-reflection.binpb'].map((name) =>
  resolve(__dirname, '../../src/gen/descriptors', name),
);

/**
 * gRPC server reflection, so grpcurl and other tools work without the .proto files. The descriptors are buf's
 * own output, byte for byte: a descriptor rebuilt by protobufjs names map entries wrongly, and Go clients such as
 * grpcurl then refuse the whole file.
 */
export function addReflection(server: Server): void {
  const fileDescriptorProtos = DESCRIPTOR_SETS.flatMap((path) => splitDescriptorSet(readFileSync(path)));
  // @grpc/reflection reads the raw FileDescriptorProto bytes of each package-definition entry.
  const definition = { all: { fileDescriptorProtos } };
  new ReflectionService(definition as unknown as ConstructorParameters<typeof ReflectionService>[0]).addToServer(server);
}

/** The files of a google.protobuf.FileDescriptorSet (field 1, repeated), left encoded. */
function splitDescriptorSet(bytes: Uint8Array): Buffer[] {
  const reader = new BinaryReader(bytes);
  const files: Buffer[] = [];
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (field === 1 && wireType === WireType.LengthDelimited) files.push(Buffer.from(reader.bytes()));
    else reader.skip(wireType);
  }
  return files;
}

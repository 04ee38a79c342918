import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createFileRegistry, fromBinary, fromJson, toJson, type JsonValue } from '@bufbuild/protobuf';
import { FileDescriptorSetSchema } from '@bufbuild/protobuf/wkt';
import { jsonDocuments, readmeBlock } from '../helpers/readme-blocks';
import { REPO } from '../helpers/test-broker';

// The README's value shapes are what a grpcurl user copies. grpcurl reads JSON by the protobuf JSON mapping and
// refuses a field the message does not have, so each shape is read the same way here, from the descriptors the
// gateway serves by reflection, and must come back out unchanged (it is written as the mapping writes it).
describe("the README's value shapes in grpcurl JSON", () => {
  const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(resolve(REPO, 'src/gen/descriptors/kafkagateway.binpb'))));
  const value = registry.getMessage('kafkagateway.v1.Value')!;
  const shapes = jsonDocuments(readmeBlock('README.md', 'value-shapes').body);

  it('are Values, each as the protobuf JSON mapping writes it', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(5);
    for (const shape of shapes) expect(toJson(value, fromJson(value, shape as JsonValue))).toEqual(shape);
  });

  it('would catch a misspelt field', () => {
    expect(() => fromJson(value, { vector: { double: [1.5] } })).toThrow(/double/);
  });
});

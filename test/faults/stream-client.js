// A client process for the fault suite, to be SIGKILLed: opens N Consume streams (each with a consumer of its own,
// in one group) on the gateway at argv[2] for topic argv[3], says "open <n>" once all have started, and then reads on.
const { credentials } = require('@grpc/grpc-js');
const pb = require('../../dist/gen/kafkagateway/v1/consumer_service.js');

const [address, topic, count, group] = process.argv.slice(2);
const client = new pb.ConsumerServiceClient(address, credentials.createInsecure());
let started = 0;
for (let i = 0; i < Number(count); i++) {
  const call = client.consume(pb.ConsumeRequest.fromPartial({ source: { $case: 'create', value: { config: { 'group.id': group, 'auto.offset.reset': 'earliest' }, topics: [topic] } } }));
  call.on('data', (f) => {
    if (f.frame && f.frame.$case === 'started' && ++started === Number(count)) console.log(`open ${started}`);
  });
  call.on('error', (e) => console.error(`stream ${i}: ${e.message}`));
}

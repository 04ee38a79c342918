// The generated messages and clients, one namespace per proto file (pb.consumer.ConsumeRequest, pb.value.DataType).
export * as common from './gen/kafkagateway/v1/common';
export * as value from './gen/kafkagateway/v1/value';
export * as producer from './gen/kafkagateway/v1/producer_service';
export * as consumer from './gen/kafkagateway/v1/consumer_service';
export * as metadata from './gen/kafkagateway/v1/metadata_service';
export * as settings from './gen/kafkagateway/v1/settings_service';
export * as table from './gen/kafkagateway/v1/table_service';
export * as queue from './gen/kafkagateway/v1/queue_service';
export * as event from './gen/kafkagateway/v1/event_service';
export * as subjob from './gen/kafkagateway/v1/subjob_service';

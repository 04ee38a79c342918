package kgw

import (
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// ErrorInfo is what the gateway says about a failed call: the gRPC code, the message, and the ErrorInfo detail
// (reason such as "TOPIC_NOT_FOUND", and metadata kafka_code, kafka_name, retriable where Kafka was the cause).
type ErrorInfo struct {
	Code     codes.Code
	Message  string
	Reason   string
	Metadata map[string]string
}

// Describe reads the gateway's error details from an error returned by a call; ok is false for nil or for an
// error that is not a gRPC status.
func Describe(err error) (info ErrorInfo, ok bool) {
	s, ok := status.FromError(err)
	if !ok || err == nil {
		return ErrorInfo{}, false
	}
	info = ErrorInfo{Code: s.Code(), Message: s.Message()}
	for _, d := range s.Details() {
		if e, isInfo := d.(*errdetails.ErrorInfo); isInfo {
			info.Reason, info.Metadata = e.GetReason(), e.GetMetadata()
		}
	}
	return info, true
}

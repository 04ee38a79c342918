package kgw

import (
	"context"
	"net"
	"reflect"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"
	"google.golang.org/protobuf/proto"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

// standInSubJobs answers CancelSubJob, GetSubJobConsumer and WatchSubJob as the gateway's SubJobService does, so
// that the helpers are tested without a gateway (and without a broker for the job to read).
type standInSubJobs struct {
	v1.UnimplementedSubJobServiceServer
	refs      []*v1.SubJobRef
	cancelled chan struct{}
}

func (s *standInSubJobs) saw(ref *v1.SubJobRef) { s.refs = append(s.refs, ref) }

func (s *standInSubJobs) CancelSubJob(_ context.Context, req *v1.CancelSubJobRequest) (*v1.CancelSubJobResponse, error) {
	s.saw(req.GetJob())
	return &v1.CancelSubJobResponse{Text: "subscription: ingest(7) is stopped."}, nil
}

func (s *standInSubJobs) GetSubJobConsumer(_ context.Context, req *v1.GetSubJobConsumerRequest) (*v1.GetSubJobConsumerResponse, error) {
	s.saw(req.GetJob())
	return &v1.GetSubJobConsumerResponse{Consumer: "consumer-1"}, nil
}

func (s *standInSubJobs) WatchSubJob(req *v1.WatchSubJobRequest, stream grpc.ServerStreamingServer[v1.WatchSubJobResponse]) error {
	s.saw(req.GetJob())
	// A job cancelled while watched ends its stream so.
	if req.GetJob().GetName() == "gone" {
		return status.Error(codes.NotFound, "[PLUGIN::KAFKA] Unknown handle name 'gone'.")
	}
	for _, frame := range []*v1.WatchSubJobResponse{watchFrame(2, 1, 2), watchFrame(3, 3)} {
		if err := stream.Send(frame); err != nil {
			return err
		}
	}
	// and stays open, as a job's stream does, until the client cancels it
	<-stream.Context().Done()
	close(s.cancelled)
	return nil
}

func watchFrame(offset int64, ids ...any) *v1.WatchSubJobResponse {
	rows := Table(Column{Name: "id", Vector: MustVector(v1.DataType_DATA_TYPE_INT, ids...)}).GetTable()
	return &v1.WatchSubJobResponse{Rows: rows, Positions: []*v1.TopicPartitionOffset{{Topic: "t", Offset: offset}}}
}

func standInSubJobService(t *testing.T) (*Client, *standInSubJobs) {
	t.Helper()
	listener := bufconn.Listen(1 << 20)
	server := grpc.NewServer()
	jobs := &standInSubJobs{cancelled: make(chan struct{})}
	v1.RegisterSubJobServiceServer(server, jobs)
	go server.Serve(listener)
	t.Cleanup(server.Stop)
	c, err := Dial("passthrough:///stand-in", grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return listener.DialContext(ctx) }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, jobs
}

func TestSubJobRefTakesAHandleByItsPrefixAndAnyOtherStringAsAName(t *testing.T) {
	for _, tc := range []struct {
		got, want *v1.SubJobRef
	}{
		{SubJobRef("subjob-Ab_9"), &v1.SubJobRef{Ref: &v1.SubJobRef_Handle{Handle: "subjob-Ab_9"}}},
		{SubJobRef("ingest"), &v1.SubJobRef{Ref: &v1.SubJobRef_Name{Name: "ingest"}}},
		{SubJobRef("7"), &v1.SubJobRef{Ref: &v1.SubJobRef_Name{Name: "7"}}},
		{SubJobID(7), &v1.SubJobRef{Ref: &v1.SubJobRef_Id{Id: 7}}},
	} {
		if !proto.Equal(tc.got, tc.want) {
			t.Errorf("got %v, want %v", tc.got, tc.want)
		}
	}
}

func TestCancelSubJobAndGetSubJobConsumerSendTheRefAndReturnTheAnswer(t *testing.T) {
	c, jobs := standInSubJobService(t)
	ctx := context.Background()
	if text, err := c.CancelSubJob(ctx, SubJobRef("subjob-x")); err != nil || text != "subscription: ingest(7) is stopped." {
		t.Fatalf("cancelled: %q, %v", text, err)
	}
	for _, ref := range []*v1.SubJobRef{SubJobRef("ingest"), SubJobID(7)} {
		if consumer, err := c.GetSubJobConsumer(ctx, ref); err != nil || consumer != "consumer-1" {
			t.Fatalf("consumer of %v: %q, %v", ref, consumer, err)
		}
	}
	want := []*v1.SubJobRef{SubJobRef("subjob-x"), SubJobRef("ingest"), SubJobID(7)}
	if len(jobs.refs) != len(want) {
		t.Fatalf("refs %v, want %v", jobs.refs, want)
	}
	for i := range want {
		if !proto.Equal(jobs.refs[i], want[i]) {
			t.Fatalf("refs %v, want %v", jobs.refs, want)
		}
	}
}

func TestWatchSubJobYieldsBatchesInOrderAndBreakingCancels(t *testing.T) {
	c, jobs := standInSubJobService(t)
	var got [][]any
	for frame, err := range c.WatchSubJob(context.Background(), SubJobID(7)) {
		if err != nil {
			t.Fatal(err)
		}
		ids, err := VectorNative(frame.GetRows().GetColumns()[0].GetValues())
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, append(ids, frame.GetPositions()[0].GetOffset()))
		if len(got) == 2 {
			break
		}
	}
	if want := [][]any{{int32(1), int32(2), int64(2)}, {int32(3), int64(3)}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("watched %v, want %v", got, want)
	}
	select {
	case <-jobs.cancelled:
	case <-time.After(10 * time.Second):
		t.Fatal("breaking out of the loop did not cancel the stream")
	}
}

func TestWatchSubJobOfACancelledJobEndsWithNotFound(t *testing.T) {
	c, _ := standInSubJobService(t)
	var errs []error
	for frame, err := range c.WatchSubJob(context.Background(), SubJobRef("gone")) {
		if frame != nil {
			t.Fatalf("a frame %v from a cancelled job", frame)
		}
		errs = append(errs, err)
	}
	if len(errs) != 1 || status.Code(errs[0]) != codes.NotFound {
		t.Fatalf("errors %v, want one NOT_FOUND", errs)
	}
}

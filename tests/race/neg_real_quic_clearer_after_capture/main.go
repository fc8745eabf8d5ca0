// Reduced from github.com/quic-go/quic-go v0.66.0, http3/conn.go:182 (rawConn.TrackStream), where
// mapscope check reported `c.streams` written by the test's goroutine (client_test.go:217) while
// the context.AfterFunc callback of state_tracking_stream.go:50 deletes from it "with no lock held
// in common": both hold the rawConn's streamMx, the callback reaching it as the stream's clearer.
// It takes the rawConn stored after the ClientConn is made and a goroutine capturing the
// ClientConn (without either, no report). A near miss: one mutex under two names. Our own rewrite.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type streamClearer interface{ clearStream(id int) }

type trackingStream struct {
	id      int
	cancel  context.CancelFunc
	clearer streamClearer
}

func (s *trackingStream) closeSend() { s.clearer.clearStream(s.id) }

type rawConn struct {
	streamMx sync.Mutex
	streams  map[int]*trackingStream
}

func (c *rawConn) TrackStream(ctx context.Context, cancel context.CancelFunc, id int) *trackingStream {
	hstr := &trackingStream{id: id, cancel: cancel, clearer: c}
	context.AfterFunc(ctx, hstr.closeSend)
	c.streamMx.Lock()
	c.streams[id] = hstr
	c.streamMx.Unlock()
	return hstr
}

func (c *rawConn) clearStream(id int) {
	c.streamMx.Lock()
	delete(c.streams, id)
	c.streamMx.Unlock()
}

type ClientConn struct{ rawConn *rawConn }

func newClientConn() *ClientConn {
	c := &ClientConn{}
	c.rawConn = &rawConn{streams: make(map[int]*trackingStream)}
	return c
}

func NewClientConn() *ClientConn {
	c := newClientConn()
	go func() { _ = c }() // the accept loop of unidirectional streams
	return c
}

func (c *ClientConn) openRequestStream(id int) *trackingStream {
	ctx, cancel := context.WithCancel(context.Background())
	return c.rawConn.TrackStream(ctx, cancel, id)
}

func (c *ClientConn) RoundTrip(id int) {
	str := c.openRequestStream(id)
	str.cancel() // the response is read
}

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		cc := NewClientConn()
		for i := 0; i < 10; i++ {
			cc.RoundTrip(4 * i)
		}
	})
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("ok")
}

// An export handler reports its progress in a per-request state map that it encodes into the
// response at the end. It also starts a heartbeat goroutine (to keep proxies from timing out
// the long export), which counts its beats in an atomic counter of its own; the handler
// copies the count into the map only after stopping the heartbeat and waiting for it, so the
// map stays the handler's alone.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"time"
)

func heartbeat(ctx context.Context, beats *atomic.Int64, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		beats.Add(1)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func exportHandler(w http.ResponseWriter, r *http.Request) {
	state := map[string]int{}
	var beats atomic.Int64
	ctx, stop := context.WithCancel(r.Context())
	hbDone := make(chan struct{})
	go heartbeat(ctx, &beats, hbDone)

	rows := 0
	for phase, n := range []int{120, 4000, 35} {
		rows += n
		state[fmt.Sprint("phase", phase)] = rows
	}

	stop()
	<-hbDone
	state["beats"] = int(beats.Load())
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(state)
}

func main() {
	rec := httptest.NewRecorder()
	exportHandler(rec, httptest.NewRequest("GET", "/export?format=csv", nil))
	fmt.Print(rec.Code, " ", rec.Body.String())
}

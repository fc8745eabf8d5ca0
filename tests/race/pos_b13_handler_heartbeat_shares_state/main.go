// An export handler reports its progress in a per-request state map that it encodes into the
// response at the end. The map is made per request, so it looked confined, but the handler
// also starts a heartbeat goroutine (to keep proxies from timing out the long export) that
// counts its beats in the same map while the handler records the phases it goes through.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

func heartbeat(ctx context.Context, state map[string]int, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		state["beats"]++ // want "concurrent map write"
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func exportHandler(w http.ResponseWriter, r *http.Request) {
	state := map[string]int{}
	ctx, stop := context.WithCancel(r.Context())
	hbDone := make(chan struct{})
	go heartbeat(ctx, state, hbDone)

	rows := 0
	for phase, n := range []int{120, 4000, 35} {
		rows += n
		state[fmt.Sprint("phase", phase)] = rows // other access
	}

	stop()
	<-hbDone
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(state)
}

func main() {
	rec := httptest.NewRecorder()
	exportHandler(rec, httptest.NewRequest("GET", "/export?format=csv", nil))
	fmt.Print(rec.Code, " ", rec.Body.String())
}

// A hedged client asks every replica and takes the first answer, cancelling the rest. Replicas
// record their outcome under the client's mutex, and the caller ranges the outcome map right
// after cancelling under the same mutex, while the losers may still be recording "canceled".
package main

import (
	"context"
	"os"
	"sort"
	"strings"
	"sync"
)

type Hedger struct {
	mu       sync.Mutex
	outcomes map[string]string
	pending  sync.WaitGroup
}

func (h *Hedger) record(replica, outcome string) {
	h.mu.Lock()
	h.outcomes[replica] = outcome
	h.mu.Unlock()
}

// ask stands in for a replica: the primary answers at once, the others never do.
func (h *Hedger) ask(ctx context.Context, replica string, answers chan<- string, never <-chan string) {
	defer h.pending.Done()
	if replica == "primary" {
		h.record(replica, "ok")
		answers <- replica + ": 42 rows"
		return
	}
	select {
	case a := <-never:
		answers <- a
	case <-ctx.Done():
		h.record(replica, "canceled")
	}
}

func (h *Hedger) Query(replicas []string) (string, string) {
	ctx, cancel := context.WithCancel(context.Background())
	answers := make(chan string, len(replicas))
	never := make(chan string)
	for _, r := range replicas {
		h.pending.Add(1)
		go h.ask(ctx, r, answers, never)
	}
	first := <-answers
	cancel()
	var seen []string
	h.mu.Lock()
	for r, o := range h.outcomes {
		seen = append(seen, r+"="+o)
	}
	h.mu.Unlock()
	sort.Strings(seen)
	return first, strings.Join(seen, ",")
}

func main() {
	h := &Hedger{outcomes: make(map[string]string)}
	answer, log := h.Query([]string{"primary", "replica-a", "replica-b"})
	h.pending.Wait()
	os.Stdout.WriteString(answer + " (" + log + ")\n")
}

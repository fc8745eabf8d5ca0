// Two schedulers coordinate through a lease: an atomic deadline that a holder sets before
// assigning jobs and clears when done. The second scheduler waits for the lease to be
// released, not merely expired, so the slow first one finishes its writes before.
package main

import (
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

type lease struct {
	until atomic.Int64 // unix nanoseconds; 0 when free
}

// acquire spins until the lease is released, then takes it for ttl; an expired but
// unreleased lease still belongs to its holder, who may merely be slow.
func (l *lease) acquire(ttl time.Duration) {
	for {
		cur := l.until.Load()
		now := time.Now().UnixNano()
		if cur == 0 && l.until.CompareAndSwap(cur, now+int64(ttl)) {
			return
		}
		time.Sleep(100 * time.Microsecond)
	}
}

func (l *lease) release() { l.until.Store(0) }

type scheduler struct {
	name    string
	work    time.Duration
	leading chan struct{} // closed once the scheduler holds the lease, when not nil
}

func (s scheduler) assign(l *lease, assignments map[string]string, jobs []string) {
	l.acquire(time.Millisecond)
	defer l.release()
	if s.leading != nil {
		close(s.leading)
	}
	time.Sleep(s.work) // planning, longer than the lease for a slow scheduler
	for _, job := range jobs {
		assignments[job] = s.name
	}
}

func main() {
	var l lease
	assignments := make(map[string]string)
	jobs := []string{"reindex", "backup", "gc"}
	slow := scheduler{name: "sched-a", work: 4 * time.Millisecond, leading: make(chan struct{})}
	fast := scheduler{name: "sched-b"}
	var wg sync.WaitGroup
	wg.Go(func() { slow.assign(&l, assignments, jobs) })
	<-slow.leading // sched-b stands by until sched-a leads
	fast.assign(&l, assignments, jobs)
	wg.Wait()
	os.Stdout.WriteString("assignments: " + strconv.Itoa(len(assignments)) + " backup=" + assignments["backup"] + "\n")
}

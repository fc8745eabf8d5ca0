// A delivery retrier schedules each retry with time.AfterFunc and counts attempts per message.
// Schedule and Attempts take the mutex, but the timer callback bumps the count without it: the
// callback runs on its own goroutine, so an operator reading the attempts while a retry fires
// races with it. Main reads right after scheduling, while the 1ms timer is pending.
package main

import (
	"sync"
	"time"
)

type Retrier struct {
	mu       sync.Mutex
	attempts map[string]int
	backoff  time.Duration
	deliver  func(id string) error
}

func (r *Retrier) Schedule(id string, fired *sync.WaitGroup) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.attempts[id]; !ok {
		r.attempts[id] = 0
	}
	fired.Add(1)
	time.AfterFunc(r.backoff, func() {
		defer fired.Done()
		r.attempts[id]++ // want "concurrent map write"
		if err := r.deliver(id); err != nil {
			_ = err // the next Schedule call handles it
		}
	})
}

func (r *Retrier) Attempts() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]int)
	for id, n := range r.attempts { // other access
		out[id] = n
	}
	return out
}

func main() {
	delivered := make([]string, 0, 1)
	r := &Retrier{
		attempts: make(map[string]int),
		backoff:  time.Millisecond,
		deliver: func(id string) error {
			delivered = append(delivered, id)
			return nil
		},
	}
	var fired sync.WaitGroup
	r.Schedule("msg-7", &fired)
	snapshot := r.Attempts()
	fired.Wait()
	println(len(snapshot), len(delivered))
}

// A delivery retrier schedules each retry with time.AfterFunc and counts attempts per message.
// Schedule, Attempts and the timer callback all take the mutex around the map, so an operator
// reading the attempts while a retry fires waits for it. The near miss of
// pos_b14_afterfunc_retry_unlocked.
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
		r.mu.Lock()
		r.attempts[id]++
		r.mu.Unlock()
		if err := r.deliver(id); err != nil {
			_ = err // the next Schedule call handles it
		}
	})
}

func (r *Retrier) Attempts() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]int)
	for id, n := range r.attempts {
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

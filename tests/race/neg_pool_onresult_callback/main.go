// A small batch library runs jobs on a fixed number of workers and reports every result
// through an OnResult callback from its options struct. The caller's callback records the
// durations in a map it owns without a lock, which is safe because the pool documents, and
// makes sure, that OnResult is never called concurrently.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	Job      string
	Millis   int
	Attempts int
}

type Options struct {
	Workers  int
	OnResult func(Result)
}

type Pool struct {
	opts     Options
	reportMu sync.Mutex // OnResult is never called concurrently
}

func NewPool(opts Options) *Pool {
	if opts.Workers <= 0 {
		opts.Workers = 1
	}
	if opts.OnResult == nil {
		opts.OnResult = func(Result) {}
	}
	return &Pool{opts: opts}
}

func (p *Pool) report(r Result) {
	p.reportMu.Lock()
	defer p.reportMu.Unlock()
	p.opts.OnResult(r)
}

func (p *Pool) Run(jobs []string, do func(string) int) {
	var ready, done sync.WaitGroup
	ready.Add(p.opts.Workers)
	done.Add(p.opts.Workers)
	for w := 0; w < p.opts.Workers; w++ {
		go func(w int) {
			defer done.Done()
			ready.Done()
			ready.Wait() // workers begin together
			for i := w; i < len(jobs); i += p.opts.Workers {
				p.report(Result{Job: jobs[i], Millis: do(jobs[i]), Attempts: 1})
			}
		}(w)
	}
	done.Wait()
}

func main() {
	durations := make(map[string]int)
	pool := NewPool(Options{
		Workers: 2,
		OnResult: func(r Result) {
			durations[r.Job] = r.Millis
		},
	})
	pool.Run([]string{"resize", "thumbnail", "upload"}, func(job string) int { return len(job) * 3 })
	keys := make([]string, 0, len(durations))
	for k := range durations {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}

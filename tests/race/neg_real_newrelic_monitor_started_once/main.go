// Reduced from newrelic/go-agent v3.45.0, newrelic/profiler.go:1051
// (profilerConfig.sendProfilePprofMethod), where mapscope check reported the write to
// `methodRpmCmd.MethodParams` by the profiler's monitor goroutine (started at profiler.go:562)
// racing with the same write by another instance of it. setProfileSampleInterval starts the
// monitor only while the sample ticker is nil, and sets the ticker in the same critical section
// of the profiler's lock; the ticker is never set back to nil, so however often the function is
// called (StartProfiler runs it for every connect reply the app's process loop receives) one
// monitor runs at most. A near miss: the guard makes the `go` statement run once. Our own
// rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type profiler struct {
	lock   sync.RWMutex
	ticker *time.Ticker
	params map[string]string
	sent   int
}

type app struct {
	profiler profiler
}

func (p *profiler) send(kind string) {
	if kind == "mutex" || kind == "block" {
		p.params["profile_metadata"] = "category=" + kind
	} else {
		delete(p.params, "profile_metadata")
	}
	p.sent++
}

func (p *profiler) monitor(rounds int, done chan<- int) {
	for i := range rounds {
		<-p.ticker.C
		p.send([]string{"heap", "mutex", "goroutine", "block"}[i%4])
	}
	done <- p.sent
}

func (a *app) setSampleInterval(d time.Duration, done chan<- int) {
	a.profiler.lock.Lock()
	defer a.profiler.lock.Unlock()
	if a.profiler.ticker == nil {
		a.profiler.ticker = time.NewTicker(d)
		go a.profiler.monitor(8, done)
	} else {
		a.profiler.ticker.Reset(d)
	}
}

func main() {
	a := &app{profiler: profiler{params: map[string]string{}}}
	done := make(chan int, 1)
	replies := make(chan time.Duration)
	var wg sync.WaitGroup
	wg.Go(func() {
		for d := range replies {
			a.setSampleInterval(d, done)
		}
	})
	for i := 1; i <= 3; i++ {
		replies <- time.Duration(i) * time.Millisecond
	}
	close(replies)
	wg.Wait()
	fmt.Println("samples sent:", <-done)
}

// A metrics agent's collector goroutine folds samples into its stats map until its context
// is cancelled, then records the sample count it stopped at; Stop cancels the context and waits
// for the collector to exit, so the final report reads the map after its last entry.
package main

import (
	"context"
	"os"
	"strconv"
)

type Agent struct {
	stats   map[string]int64
	samples chan int64
	cancel  context.CancelFunc
	done    chan struct{}
}

func Start() *Agent {
	ctx, cancel := context.WithCancel(context.Background())
	a := &Agent{stats: map[string]int64{}, samples: make(chan int64), cancel: cancel, done: make(chan struct{})}
	go a.collect(ctx)
	return a
}

func (a *Agent) record(name string, v int64) {
	a.stats[name] = v
}

func (a *Agent) collect(ctx context.Context) {
	defer close(a.done)
	var n, sum int64
	for {
		select {
		case v := <-a.samples:
			n++
			sum += v
			a.record("sum", sum)
		case <-ctx.Done():
			a.record("stopped_after", n)
			return
		}
	}
}

func (a *Agent) Stop() {
	a.cancel()
	<-a.done
}

func main() {
	a := Start()
	for _, latency := range []int64{12, 48, 7, 30} {
		a.samples <- latency
	}
	a.Stop()
	report := "sum=" + strconv.FormatInt(a.stats["sum"], 10)
	<-a.done
	os.Stdout.WriteString(report + "\n")
}

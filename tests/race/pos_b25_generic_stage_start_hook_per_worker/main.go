// A generic pipeline stage fans its items out to a number of workers and calls an
// OnWorkerStart hook as each one starts, and once for its feeder. The thumbnailer's hook
// records start times in a plain map, assuming the stage calls it from the caller's goroutine.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Stage[In, Out any] struct {
	Workers       int
	Fn            func(In) Out
	OnWorkerStart func(name string)
}

func (s Stage[In, Out]) Run(in []In) []Out {
	jobs := make(chan int)
	out := make([]Out, len(in))
	var wg sync.WaitGroup
	for w := range s.Workers {
		wg.Go(func() {
			s.OnWorkerStart("worker-" + strconv.Itoa(w))
			for i := range jobs {
				out[i] = s.Fn(in[i])
			}
		})
	}
	s.OnWorkerStart("feeder")
	for i := range in {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

func main() {
	epoch := time.Unix(1700000000, 0)
	started := make(map[string]time.Time)
	thumbs := Stage[string, string]{
		Workers: 2,
		Fn:      func(path string) string { return strings.TrimSuffix(path, ".png") + "_128.png" },
		OnWorkerStart: func(name string) {
			started[name] = epoch // want "concurrent map write"
		},
	}
	out := thumbs.Run([]string{"a.png", "b.png", "c.png", "d.png"})
	names := make([]string, 0, len(started))
	for n := range started {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(os.Stdout, out, names)
}

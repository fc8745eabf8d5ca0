// A build system's workers report a deprecation warning for a toolchain at most once, through
// a sync.OnceFunc that records it in the warnings map. The OnceFunc is created inside each
// worker's goroutine, so every worker has its own once and they all record at the same time.
package main

import (
	"fmt"
	"sync"
)

type build struct {
	warnings map[string]string
}

func (b *build) compile(target string, start <-chan struct{}) string {
	warnOld := sync.OnceFunc(func() { // root cause
		b.warnings["go1.20"] = "toolchain go1.20 is deprecated" // want "concurrent map write"
	})
	<-start
	warnOld()
	return target + ".o"
}

func main() {
	b := &build{warnings: map[string]string{}}
	start := make(chan struct{})
	targets := []string{"api", "worker", "cli"}
	objects := make([]string, len(targets))
	var wg sync.WaitGroup
	for i, t := range targets {
		wg.Go(func() { objects[i] = b.compile(t, start) })
	}
	close(start)
	wg.Wait()
	fmt.Println(objects, len(b.warnings))
}

// A build system's workers report a deprecation warning for a toolchain at most once, through
// a sync.OnceFunc that records it in the warnings map. The OnceFunc is created once with the
// build, so the first worker to call it records the warning and the others wait for it.
package main

import (
	"fmt"
	"sync"
)

type build struct {
	warnings map[string]string
	warnOld  func()
}

func newBuild() *build {
	b := &build{warnings: map[string]string{}}
	b.warnOld = sync.OnceFunc(func() {
		b.warnings["go1.20"] = "toolchain go1.20 is deprecated"
	})
	return b
}

func (b *build) compile(target string, start <-chan struct{}) string {
	<-start
	b.warnOld()
	return target + ".o"
}

func main() {
	b := newBuild()
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

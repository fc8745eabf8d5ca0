// A diagnostics server runs diagnose from two goroutines (one per view). Each call starts a
// WaitGroup.Go closure that files its diagnostics, but both calls were handed the server's one
// published map, so the two closures write it at the same time.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func diagnose(view string, files []string, published map[string]int) {
	var wg sync.WaitGroup
	wg.Go(func() {
		for _, f := range files {
			if strings.HasSuffix(f, ".go") {
				published[view+"/"+f] = len(f) // want "concurrent map write"
				time.Sleep(2 * time.Millisecond)
			}
		}
	})
	wg.Wait()
}

func main() {
	published := make(map[string]int)
	var views sync.WaitGroup
	for _, view := range []string{"default", "tools"} {
		views.Go(func() {
			diagnose(view, []string{"a.go", "b.go"}, published)
		})
	}
	views.Wait()
	fmt.Println(len(published))
}

// Reduced from the OpenTelemetry Collector contrib host metrics receiver v0.160.0,
// internal/scraper/loadscraper/load_scraper_test.go:139, where mapscope check reported
// `results[test.name] = metrics` in TestScrape, written under a mutex by the goroutines the test
// starts in a loop (:155), as racing with the unlocked `results[testStandard]` read (:171).
// Each goroutine first calls Done on a start barrier (startWg), then runs the test case, which
// saves its metrics, and only then calls Done on a second group (waitWg); the test reads the map
// after `waitWg.Wait()`, so every write is done before the read. A near miss: two wait groups
// in one goroutine, the first Done before the write (a barrier) and the second after it (the
// join). Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type testCase struct {
	name    string
	save    bool
	failing bool
}

func main() {
	cases := []testCase{
		{name: "standard", save: true},
		{name: "average", save: true},
		{name: "load error", failing: true},
	}
	results := make(map[string]int)
	start := make(chan bool)
	var resultsMu sync.Mutex

	runCase := func(tc testCase) {
		<-start
		if tc.failing {
			return
		}
		if tc.save {
			resultsMu.Lock()
			results[tc.name] = len(tc.name)
			resultsMu.Unlock()
		}
	}

	// startWg makes every case sample at once; waitWg waits for their ends.
	var startWg, waitWg sync.WaitGroup
	startWg.Add(len(cases))
	waitWg.Add(len(cases))
	for _, tc := range cases {
		go func(tc testCase) {
			startWg.Done()
			runCase(tc)
			waitWg.Done()
		}(tc)
	}
	startWg.Wait()
	close(start)
	waitWg.Wait()

	fmt.Println(results["standard"], results["average"])
}

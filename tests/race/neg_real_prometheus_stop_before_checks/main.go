// Reduced from prometheus/prometheus v0.316.0, scrape/scrape.go:286 and :287 (scrapePool.stop),
// where mapscope check reported the deletes from `sp.loops` and `sp.activeTargets` by the
// goroutine of TestScrapePoolStop (scrape_test.go:647) racing with the test's reads of the two
// maps after it (scrape_test.go:664, :665). The test waits in a select for the goroutine's
// `close(done)`; the other case, a timeout, fails the test with require.Fail, which ends the
// test's goroutine (t.FailNow). The reads run only after the receive, so after the deletes.
// Here the failure ends the program (log.Fatal). A near miss: the wait's only way forward is
// through the receive. Our own rewrite.
package main

import (
	"fmt"
	"log"
	"sync"
	"time"
)

type loop struct {
	stopped func()
}

type scrapePool struct {
	mtx           sync.Mutex
	targetMtx     sync.Mutex
	loops         map[uint64]*loop
	activeTargets map[uint64]string
}

// stop stops every loop, forgets them and their targets, and waits for the loops.
func (sp *scrapePool) stop() {
	sp.mtx.Lock()
	defer sp.mtx.Unlock()
	var wg sync.WaitGroup
	sp.targetMtx.Lock()
	for fp, l := range sp.loops {
		wg.Go(l.stopped)
		delete(sp.loops, fp)
		delete(sp.activeTargets, fp)
	}
	sp.targetMtx.Unlock()
	wg.Wait()
}

// fail reports a failed check and ends the program, as a test's FailNow ends the test.
func fail(msg string) {
	log.Fatal(msg)
}

func main() {
	sp := &scrapePool{loops: map[uint64]*loop{}, activeTargets: map[uint64]string{}}
	var mtx sync.Mutex
	stopped := map[uint64]bool{}
	for i := range uint64(8) {
		sp.activeTargets[i] = fmt.Sprint("example.com:", i)
		sp.loops[i] = &loop{stopped: func() {
			mtx.Lock()
			stopped[i] = true
			mtx.Unlock()
		}}
	}
	done := make(chan struct{})
	go func() {
		sp.stop()
		close(done)
	}()
	select {
	case <-time.After(5 * time.Second):
		fail("scrapePool.stop did not return")
	case <-done:
	}
	mtx.Lock()
	fmt.Println(len(stopped), "loops stopped")
	mtx.Unlock()
	fmt.Println(len(sp.activeTargets), "targets left")
	fmt.Println(len(sp.loops), "loops left")
}

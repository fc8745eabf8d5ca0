// Reduced from opensearch-go v4.8.1, opensearchutil/bulk_indexer_internal_test.go:689 and :835,
// where mapscope check reported the tests' OnFailure callbacks writing a map of the test
// (`bodyFailureCount`, `idsFailureCount`) from several instances of the worker goroutine
// (bulk_indexer.go:408) with no lock in common. The indexer starts NumWorkers workers in a
// loop, and both tests configure `NumWorkers: 1`: one worker, whose items and whose flushes
// (by the worker itself and by the ticker's flusher goroutine) all run the callbacks under that
// worker's mutex. A near miss: the loop's bound is a config literal's constant 1. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type item struct {
	id        string
	onFailure func(id string)
}

type config struct {
	numWorkers    int
	flushInterval time.Duration
}

type worker struct {
	mu    sync.Mutex
	items []item
}

// flush fails every buffered item, as a rejected bulk request does.
func (w *worker) flush() {
	for _, it := range w.items {
		it.onFailure(it.id)
	}
	w.items = w.items[:0]
}

type indexer struct {
	cfg     config
	queue   chan item
	workers []*worker
	wg      sync.WaitGroup
	stop    chan struct{}
}

func newIndexer(cfg config) *indexer {
	bi := &indexer{cfg: cfg, queue: make(chan item, cfg.numWorkers), stop: make(chan struct{})}
	for i := 1; i <= bi.cfg.numWorkers; i++ {
		w := &worker{}
		bi.workers = append(bi.workers, w)
		bi.wg.Add(1)
		go func() {
			defer bi.wg.Done()
			for it := range bi.queue {
				w.mu.Lock()
				w.items = append(w.items, it)
				if len(w.items) >= 2 {
					w.flush()
				}
				w.mu.Unlock()
			}
		}()
	}
	ticker := time.NewTicker(bi.cfg.flushInterval)
	bi.wg.Add(1)
	go func() {
		defer bi.wg.Done()
		defer ticker.Stop()
		for {
			select {
			case <-bi.stop:
				return
			case <-ticker.C:
				for _, w := range bi.workers {
					w.mu.Lock()
					w.flush()
					w.mu.Unlock()
				}
			}
		}
	}()
	return bi
}

func (bi *indexer) close() {
	close(bi.queue)
	close(bi.stop)
	bi.wg.Wait()
}

func main() {
	failures := make(map[string]int)
	bi := newIndexer(config{numWorkers: 1, flushInterval: time.Millisecond})
	for i := 0; i < 5; i++ {
		bi.queue <- item{id: fmt.Sprint("doc-", i%3), onFailure: func(id string) { failures[id]++ }}
	}
	bi.close()
	fmt.Println(len(failures))
}

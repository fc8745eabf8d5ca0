// An indexer spreads its index updates over two executors of one worker each, for the title
// and the body of each document: each executor runs its jobs in turn, but the two workers run
// at once and both store into the unlocked index map. The positive beside
// neg_b21_executor_one_worker_serial_index.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

type Executor struct {
	jobs chan func()
	wg   sync.WaitGroup
}

func NewExecutor(workers int) *Executor {
	e := &Executor{jobs: make(chan func())}
	var up sync.WaitGroup
	for range workers {
		up.Add(1)
		e.wg.Go(func() {
			up.Done()
			for job := range e.jobs {
				job()
			}
		})
	}
	up.Wait()
	return e
}

func (e *Executor) Submit(job func()) { e.jobs <- job }

func (e *Executor) Close() {
	close(e.jobs)
	e.wg.Wait()
}

type Indexer struct {
	titles *Executor
	bodies *Executor
	index  map[string][]string
}

func (ix *Indexer) add(e *Executor, doc, text string) {
	e.Submit(func() {
		for _, word := range strings.Fields(text) {
			ix.index[word] = append(ix.index[word], doc) // want "concurrent map write"
		}
	})
}

func (ix *Indexer) Add(doc, title, body string) {
	ix.add(ix.titles, doc, title)
	ix.add(ix.bodies, doc, body)
}

func main() {
	ix := &Indexer{titles: NewExecutor(1), bodies: NewExecutor(1), index: make(map[string][]string)}
	changelog := strings.Repeat("fixed a crash in the scheduler when a node leaves ", 200)
	for i := range 24 {
		ix.Add("doc-"+strconv.Itoa(i), "release notes for build "+strconv.Itoa(i%5), changelog)
	}
	ix.titles.Close()
	ix.bodies.Close()
	os.Stdout.WriteString("release: " + strconv.Itoa(len(ix.index["release"])) + " docs\n")
}

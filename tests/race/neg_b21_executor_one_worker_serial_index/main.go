// An indexer submits its index updates as closures to an executor built with one worker, so
// the submitted updates run one after another on that worker and store into the unlocked
// index map in turn.
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
	serial *Executor
	index  map[string][]string
}

func (ix *Indexer) Add(doc, text string) {
	ix.serial.Submit(func() {
		for _, word := range strings.Fields(text) {
			ix.index[word] = append(ix.index[word], doc)
		}
	})
}

func main() {
	ix := &Indexer{serial: NewExecutor(1), index: make(map[string][]string)}
	changelog := strings.Repeat("fixed a crash in the scheduler when a node leaves ", 200)
	for i := range 24 {
		ix.Add("doc-"+strconv.Itoa(i), "release notes for build "+strconv.Itoa(i%5)+" "+changelog)
	}
	ix.serial.Close()
	os.Stdout.WriteString("release: " + strconv.Itoa(len(ix.index["release"])) + " docs\n")
}

// An indexer submits its index updates as closures to an executor meant to run them one
// after another, but the executor is built with two workers, so two submitted updates run at
// once and store into the unlocked index map together.
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
		words := strings.Fields(text)
		// Most of a job is reading the document; only its title words go into the index.
		long := 0
		for _, word := range words {
			if len(strings.TrimSpace(word)) > 4 {
				long++
			}
		}
		if long == 0 {
			return
		}
		for _, word := range words[:min(4, len(words))] {
			ix.index[word] = append(ix.index[word], doc) // want "concurrent map write"
		}
	})
}

func main() {
	ix := &Indexer{serial: NewExecutor(2), index: make(map[string][]string)}
	changelog := strings.Repeat("fixed a crash in the scheduler when a node leaves ", 200)
	for i := range 24 {
		ix.Add("doc-"+strconv.Itoa(i), "release notes for build "+strconv.Itoa(i%5)+" "+changelog)
	}
	ix.serial.Close()
	os.Stdout.WriteString("release: " + strconv.Itoa(len(ix.index["release"])) + " docs\n")
}

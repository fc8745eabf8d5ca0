// A search indexer starts one goroutine per shard through a spawn helper that takes a pointer
// to the WaitGroup, so main's Wait returns only after every shard has stored its document count
// and the summary ranges the counts after the last store.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Indexer struct {
	mu     sync.Mutex
	counts map[string]int
	done   chan string
}

func (ix *Indexer) indexShard(name string, docs []string) {
	n := 0
	for _, d := range docs {
		if strings.TrimSpace(d) != "" {
			n++
		}
	}
	ix.mu.Lock()
	ix.counts[name] = n
	ix.mu.Unlock()
	ix.done <- name
}

func spawn(wg *sync.WaitGroup, task func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		task()
	}()
}

func main() {
	shards := map[string][]string{
		"shard-a": {"intro", "setup", " "},
		"shard-b": {"api", "faq"},
		"shard-c": {"changelog"},
	}
	ix := &Indexer{counts: map[string]int{}, done: make(chan string, len(shards))}
	var wg sync.WaitGroup
	for name, docs := range shards {
		spawn(&wg, func() { ix.indexShard(name, docs) })
	}
	wg.Wait()
	var lines []string
	for name, n := range ix.counts {
		lines = append(lines, name+"="+strconv.Itoa(n))
	}
	for range shards {
		<-ix.done
	}
	sort.Strings(lines)
	os.Stdout.WriteString("indexed: " + strings.Join(lines, " ") + "\n")
}

// A search indexer starts one goroutine per shard through a spawn helper that takes the
// WaitGroup by value; the helper's Add and the goroutine's Done act on the copy, so main's Wait
// returns at once and the summary ranges the document counts while the shards still store them.
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
	ix.counts[name] = n // want "concurrent map write"
	ix.mu.Unlock()
	ix.done <- name
}

func spawn(wg sync.WaitGroup, task func()) { // root cause
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
		spawn(wg, func() { ix.indexShard(name, docs) })
	}
	wg.Wait()
	var lines []string
	for name, n := range ix.counts { // other access
		lines = append(lines, name+"="+strconv.Itoa(n))
	}
	for range shards {
		<-ix.done
	}
	sort.Strings(lines)
	os.Stdout.WriteString("indexed: " + strings.Join(lines, " ") + "\n")
}

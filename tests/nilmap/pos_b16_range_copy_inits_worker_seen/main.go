// A crawler shards URLs over a slice of worker structs, each with its own dedup set. The setup
// loop makes the sets through the range variable, a copy of each element, so the workers in the
// slice keep nil sets and the first URL a worker marks panics.
package main

import (
	"fmt"
	"hash/fnv"
	"strings"
)

type worker struct {
	id      int
	seen    map[string]bool
	fetched []string
}

type Crawler struct {
	workers []worker
}

func NewCrawler(n int) *Crawler {
	c := &Crawler{workers: make([]worker, n)}
	for i, w := range c.workers {
		w.id = i
		w.seen = make(map[string]bool)
	}
	return c
}

func (c *Crawler) shard(url string) *worker {
	h := fnv.New32a()
	h.Write([]byte(url))
	return &c.workers[int(h.Sum32())%len(c.workers)]
}

func (c *Crawler) Visit(url string) {
	url = strings.TrimSuffix(url, "/")
	w := c.shard(url)
	if w.seen[url] {
		return
	}
	w.seen[url] = true // want "nil map"
	w.fetched = append(w.fetched, url)
}

func main() {
	c := NewCrawler(3)
	for _, u := range []string{
		"https://example.com/",
		"https://example.com",
		"https://example.com/docs",
		"https://example.com/blog/",
	} {
		c.Visit(u)
	}
	for _, w := range c.workers {
		fmt.Println(w.id, w.fetched)
	}
}

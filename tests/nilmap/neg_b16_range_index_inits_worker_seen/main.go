// A crawler shards URLs over a slice of worker structs, each with its own dedup set. The setup
// loop makes the sets through a pointer to each element of the slice, so every worker has its
// set before the first URL is marked.
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
	for i := range c.workers {
		w := &c.workers[i]
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
	w.seen[url] = true
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

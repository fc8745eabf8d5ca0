// A crawler starts one fetcher goroutine per site and hands each the shared fetchConfig by
// value. Copying the struct copies the Headers map's reference only, so each fetcher clones
// the headers before it sets its own X-Crawl-Site header.
package main

import (
	"fmt"
	"maps"
	"sort"
	"sync"
	"time"
)

type fetchConfig struct {
	Timeout time.Duration
	Retries int
	Headers map[string]string
}

func fetcher(site string, cfg fetchConfig, start <-chan struct{}, out chan<- string) {
	<-start
	cfg.Headers = maps.Clone(cfg.Headers)
	cfg.Headers["X-Crawl-Site"] = site
	cfg.Retries++
	out <- fmt.Sprintf("%s timeout=%s retries=%d", site, cfg.Timeout, cfg.Retries)
}

func main() {
	base := fetchConfig{
		Timeout: 5 * time.Second,
		Retries: 2,
		Headers: map[string]string{"User-Agent": "crawler/1.4"},
	}
	sites := []string{"docs.example.org", "blog.example.org"}
	start := make(chan struct{})
	out := make(chan string, len(sites))
	var wg sync.WaitGroup
	for _, site := range sites {
		wg.Go(func() { fetcher(site, base, start, out) })
	}
	close(start)
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	fmt.Println(lines)
}

// A link checker's workers send results on a channel that a closer goroutine closes after the
// workers' WaitGroup; a worker retries a failing link itself and sends the retried status like
// any other, so only main, draining the channel, writes the map.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type result struct {
	url    string
	status int
}

var statuses = map[string]int{}

func check(url string, attempt int) int {
	if strings.Contains(url, "flaky") && attempt == 0 {
		return 503
	}
	return 200
}

func worker(urls <-chan string, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for u := range urls {
		status := check(u, 0)
		if status >= 500 {
			status = check(u, 1)
		}
		out <- result{u, status}
	}
}

func main() {
	links := []string{"/docs", "/flaky/status", "/blog", "/pricing", "/about", "/careers"}
	urls := make(chan string, len(links))
	for _, l := range links {
		urls <- l
	}
	close(urls)
	out := make(chan result)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go worker(urls, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	for r := range out {
		statuses[r.url] = r.status
	}
	var lines []string
	for u, s := range statuses {
		lines = append(lines, u+"="+strconv.Itoa(s))
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}

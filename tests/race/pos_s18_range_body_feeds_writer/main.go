// A crawler walks its frontier map and hands each URL to a fetcher goroutine, which records the
// links it finds back into the same map. The range reads the map at every step after the first
// hand-off, while the fetcher writes it: the send orders the fetcher after the first step only.
package main

import (
	"fmt"
	"sync"
)

var frontier = map[string]bool{"/": false, "/about": false, "/blog": false, "/jobs": false}

func fetch(urls <-chan string, wg *sync.WaitGroup) {
	defer wg.Done()
	for u := range urls {
		frontier[u+"/next"] = false // want "concurrent map write"
	}
}

func main() {
	urls := make(chan string, len(frontier))
	var wg sync.WaitGroup
	wg.Add(1)
	go fetch(urls, &wg)
	visited := 0
	for u, done := range frontier { // other access
		if !done {
			urls <- u
			visited++
		}
	}
	close(urls)
	wg.Wait()
	fmt.Println(visited, len(frontier) >= 4)
}

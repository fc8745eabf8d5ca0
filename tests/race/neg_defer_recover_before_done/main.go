// An importer parses feeds on one goroutine each. Each goroutine first defers a recover that
// logs a crashing parser, then defers the batch's Done, and tallies its items in the body
// under the tally's mutex. The recover runs after Done, but it touches nothing shared: every
// tally happens before Done, so the report after Wait reads a finished map.
package main

import (
	"fmt"
	"log"
	"sort"
	"strings"
	"sync"
)

func parse(feed string) []string {
	if feed == "" {
		panic("empty feed")
	}
	return strings.Split(feed, ",")
}

func main() {
	feeds := map[string]string{"news": "a,b,c", "sports": "d,e", "broken": ""}
	var (
		mu    sync.Mutex
		items = make(map[string]int) // feed -> items parsed
		batch sync.WaitGroup
	)
	for name, feed := range feeds {
		batch.Add(1)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					log.Printf("feed %s: %v", name, r)
				}
			}()
			defer batch.Done()
			n := len(parse(feed))
			mu.Lock()
			items[name] = n
			mu.Unlock()
		}()
	}
	batch.Wait()
	var names []string
	for name := range items {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names)
}

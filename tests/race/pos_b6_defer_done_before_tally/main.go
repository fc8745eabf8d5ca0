// A thumbnail batch runs one goroutine per image. Each goroutine defers its tally of bytes per
// format (under the tally's mutex) and then defers batch.Done. Deferred calls run last in,
// first out, so Done runs before the tally: the batch's Wait returns and the report ranges
// over the tally while workers are still adding to it. (The service's lifetime group lets
// the workers finish before exit.)
package main

import (
	"fmt"
	"sync"
)

type image struct {
	name, format string
	bytes        int
}

func thumbnail(img image) int { return img.bytes / 8 }

func main() {
	images := []image{{"a.png", "png", 4096}, {"b.jpg", "jpeg", 8192}, {"c.png", "png", 2048}}
	var (
		mu       sync.Mutex
		tally    = make(map[string]int)
		batch    sync.WaitGroup
		lifetime sync.WaitGroup
	)
	for _, img := range images {
		batch.Add(1)
		lifetime.Add(1)
		go func() {
			defer lifetime.Done()
			defer func() {
				mu.Lock()
				tally[img.format] += thumbnail(img) // want "concurrent map write"
				mu.Unlock()
			}()
			defer batch.Done() // root cause
			_ = thumbnail(img)
		}()
	}
	batch.Wait()
	total := 0
	for _, n := range tally { // other access
		total += n
	}
	lifetime.Wait()
	fmt.Println("thumbnail bytes:", total)
}

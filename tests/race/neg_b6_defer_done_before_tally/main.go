// A thumbnail batch runs one goroutine per image. Each goroutine defers its tally of bytes per
// format (under the tally's mutex), after deferring batch.Done. Deferred calls run last in,
// first out, so the tally runs before Done and the report's range after the batch's Wait sees
// every worker's tally. (The service's lifetime group lets the workers finish before exit.)
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
			defer batch.Done()
			defer func() {
				mu.Lock()
				tally[img.format] += thumbnail(img)
				mu.Unlock()
			}()
			_ = thumbnail(img)
		}()
	}
	batch.Wait()
	total := 0
	for _, n := range tally {
		total += n
	}
	lifetime.Wait()
	fmt.Println("thumbnail bytes:", total)
}

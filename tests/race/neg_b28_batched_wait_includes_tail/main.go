// An image pipeline resizes uploads in parallel batches: it starts a goroutine per image and,
// after every batch, waits for it and logs progress. The last image closes a batch too, even a
// partial one, so every resize has been waited for when the summary ranges the results map.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	width, height int
}

func resize(name string, maxSide int) result {
	w, h := 4000, 3000
	if strings.HasSuffix(name, "-portrait.jpg") {
		w, h = h, w
	}
	scale := float64(maxSide) / float64(max(w, h))
	return result{int(float64(w) * scale), int(float64(h) * scale)}
}

func process(images []string, batch int) []string {
	var mu sync.Mutex
	var wg sync.WaitGroup
	defer wg.Wait() // no resize outlives the call
	results := make(map[string]result)
	for i, name := range images {
		wg.Go(func() {
			r := resize(name, 1024)
			mu.Lock()
			results[name] = r
			mu.Unlock()
		})
		if (i+1)%batch == 0 || i == len(images)-1 {
			wg.Wait()
			fmt.Printf("progress: %d/%d\n", i+1, len(images))
		}
	}
	var summary []string
	for name, r := range results {
		summary = append(summary, fmt.Sprintf("%s %dx%d", name, r.width, r.height))
	}
	sort.Strings(summary)
	return summary
}

func main() {
	images := []string{"a.jpg", "b-portrait.jpg", "c.jpg", "d.jpg", "e-portrait.jpg"}
	for _, line := range process(images, 2) {
		fmt.Println(line)
	}
}

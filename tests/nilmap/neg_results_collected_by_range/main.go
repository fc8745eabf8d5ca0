// A thumbnail pipeline fans image paths out to workers that skip non-images; the collector
// closes the results channel once the workers are done and ranges over it, so it stops at the
// last result sent instead of receiving zero values.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Result struct {
	Source string
	Meta   map[string]string
}

func worker(jobs <-chan string, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for src := range jobs {
		if !strings.HasSuffix(src, ".png") && !strings.HasSuffix(src, ".jpg") {
			continue // not an image: nothing to report
		}
		results <- Result{Source: src, Meta: map[string]string{"thumb": "thumbs/" + src}}
	}
}

func main() {
	sources := []string{"a.png", "b.jpg", "notes.txt"}
	jobs := make(chan string, len(sources))
	results := make(chan Result, len(sources))
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for _, s := range sources {
		jobs <- s
	}
	close(jobs)
	wg.Wait()
	close(results)

	collected := make([]Result, 0, len(sources))
	for r := range results {
		r.Meta["batch"] = "2024-06-01"
		collected = append(collected, r)
	}
	fmt.Println(len(collected), "thumbnails")
}

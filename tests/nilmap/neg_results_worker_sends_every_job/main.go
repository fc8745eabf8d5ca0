// A thumbnail pipeline fans image paths out to workers and collects one result per source;
// a worker answers every job, with a result saying why it skipped a non-image, so the collector
// that receives once per source after closing the channel always gets a sent result.
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
			results <- Result{Source: src, Meta: map[string]string{"skipped": "not an image"}}
			continue
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
	for range sources {
		r := <-results
		r.Meta["batch"] = "2024-06-01"
		collected = append(collected, r)
	}
	fmt.Println(len(collected), "thumbnails")
}

// A thumbnail worker pool: jobs fan out to workers that send one Result per image on a results
// channel, which the dispatcher closes once the workers are done. The collector stamps every
// result with the batch id and reads as many results as jobs were queued; the workers skip the
// source that is not an image, so the last receive is on the closed channel and yields a zero
// Result whose Meta map is nil.
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
	for range sources {
		r := <-results
		r.Meta["batch"] = "2024-06-01" // want "nil map"
		collected = append(collected, r)
	}
	fmt.Println(len(collected), "thumbnails")
}

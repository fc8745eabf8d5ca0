// A thumbnail service runs a pool of workers that skip images already rendered by looking them up
// in a done map, while the collector loop marks each image done as its result comes back. The
// workers read the map the collector writes, with no lock between them.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

type result struct {
	image string
	bytes int
}

func render(image string) result {
	return result{image: image, bytes: len(image) * 1024}
}

func worker(jobs <-chan string, done map[string]bool, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for img := range jobs {
		if done[img] { // other access
			continue
		}
		out <- render(img)
	}
}

func main() {
	images := []string{"cat.png", "dog.png", "owl.png", "fox.png", "elk.png", "yak.png"}
	jobs := make(chan string, len(images))
	for _, img := range images {
		jobs <- img
	}
	close(jobs)

	done := make(map[string]bool)
	out := make(chan result)
	var workers sync.WaitGroup
	for i := 0; i < 2; i++ {
		workers.Add(1)
		go worker(jobs, done, out, &workers)
	}
	go func() {
		workers.Wait()
		close(out)
	}()

	total := 0
	for r := range out {
		done[r.image] = true // want "concurrent map write"
		total += r.bytes
	}
	var b strings.Builder
	b.WriteString("rendered " + strconv.Itoa(len(done)) + " images, " + strconv.Itoa(total) + " bytes\n")
	os.Stdout.WriteString(b.String())
}

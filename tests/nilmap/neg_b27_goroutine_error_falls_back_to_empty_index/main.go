// A search service warms its title and tag indexes in parallel at start-up; each goroutine
// assigns the captured index variable only when its build succeeds and logs the error
// otherwise. After Wait the service falls back to an empty index for a build that failed, so
// adding the "golang" alias writes into a real (if empty) tag index.
package main

import (
	"fmt"
	"log"
	"strings"
	"sync"
)

type document struct {
	id    int
	title string
	tags  string
}

func buildTitleIndex(docs []document) (map[string][]int, error) {
	idx := make(map[string][]int)
	for _, d := range docs {
		for _, w := range strings.Fields(strings.ToLower(d.title)) {
			idx[w] = append(idx[w], d.id)
		}
	}
	return idx, nil
}

func buildTagIndex(docs []document) (map[string][]int, error) {
	idx := make(map[string][]int)
	for _, d := range docs {
		if d.tags == "" {
			return nil, fmt.Errorf("document %d has no tags", d.id)
		}
		for _, t := range strings.Split(d.tags, ",") {
			idx[t] = append(idx[t], d.id)
		}
	}
	return idx, nil
}

func main() {
	docs := []document{
		{1, "Go maps in depth", "go,maps"},
		{2, "Profiling allocations", "go,perf"},
		{3, "Release notes draft", ""},
	}
	var titles, tags map[string][]int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		idx, err := buildTitleIndex(docs)
		if err != nil {
			log.Printf("title index: %v", err)
			return
		}
		titles = idx
	}()
	go func() {
		defer wg.Done()
		idx, err := buildTagIndex(docs)
		if err != nil {
			log.Printf("tag index: %v", err)
			return
		}
		tags = idx
	}()
	wg.Wait()
	if tags == nil {
		tags = make(map[string][]int) // serve without tag search rather than not at all
	}
	tags["golang"] = tags["go"]
	fmt.Println("titles:", len(titles), "tags:", len(tags))
}

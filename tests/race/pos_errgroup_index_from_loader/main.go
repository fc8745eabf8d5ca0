// A search indexer loads its existing inverted index with a (map, error) loader and then
// tokenises documents in parallel with errgroup; every goroutine appends postings to the
// loaded map without a lock.
package main

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

func loadIndex(snapshot string) (map[string][]int, error) {
	idx := make(map[string][]int)
	for _, term := range strings.Fields(snapshot) {
		idx[term] = append(idx[term], 0)
	}
	return idx, nil
}

func main() {
	idx, err := loadIndex("go maps race")
	if err != nil {
		fmt.Println(err)
		return
	}
	docs := []string{"maps in go", "race detector"}
	var arrived sync.WaitGroup
	arrived.Add(len(docs))
	var g errgroup.Group
	for i, doc := range docs {
		g.Go(func() error {
			terms := strings.Fields(doc)
			arrived.Done()
			arrived.Wait()
			for _, t := range terms {
				idx[t] = append(idx[t], i+1) // want "concurrent map write"
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(len(idx))
}

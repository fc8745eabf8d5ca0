// A search indexer loads its existing inverted index with a (map, error) loader and then
// tokenises documents in parallel with errgroup; every goroutine fills its own slot of a slice,
// and the postings go into the loaded map after g.Wait().
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
	terms := make([][]string, len(docs))
	var arrived sync.WaitGroup
	arrived.Add(len(docs))
	var g errgroup.Group
	for i, doc := range docs {
		g.Go(func() error {
			arrived.Done()
			arrived.Wait()
			terms[i] = strings.Fields(doc)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	for i, ts := range terms {
		for _, t := range ts {
			idx[t] = append(idx[t], i+1)
		}
	}
	fmt.Println(len(idx))
}

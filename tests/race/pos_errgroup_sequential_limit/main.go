// A backup tool uploads archives with errgroup and records each upload's etag in a map without
// a lock; its limit of two concurrent uploads lets two uploads write the map together.
package main

import (
	"fmt"
	"sync"

	"golang.org/x/sync/errgroup"
)

func upload(name string) (string, error) {
	return fmt.Sprintf("etag-%x", len(name)*2654435761), nil
}

func main() {
	archives := []string{"db-2024-06-01.tar", "media-2024-06-01.tar"}
	etags := make(map[string]string)
	var arrived sync.WaitGroup
	arrived.Add(len(archives))
	var g errgroup.Group
	g.SetLimit(2) // root cause
	for _, a := range archives {
		g.Go(func() error {
			tag, err := upload(a)
			if err != nil {
				return err
			}
			arrived.Done()
			arrived.Wait()
			etags[a] = tag // want "concurrent map write"
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(len(etags))
}

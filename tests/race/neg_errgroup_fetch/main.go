// An inventory service asks several warehouses for stock in parallel with errgroup; each
// goroutine writes its own slot of a slice and the map is built after g.Wait.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func stock(warehouse string) (int, error) {
	return len(warehouse) * 10, nil
}

func main() {
	warehouses := []string{"berlin", "lyon", "porto"}
	counts := make([]int, len(warehouses))
	var g errgroup.Group
	for i, w := range warehouses {
		g.Go(func() error {
			n, err := stock(w)
			if err != nil {
				return err
			}
			counts[i] = n
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	levels := make(map[string]int)
	for i, w := range warehouses {
		levels[w] = counts[i]
	}
	fmt.Println(levels)
}

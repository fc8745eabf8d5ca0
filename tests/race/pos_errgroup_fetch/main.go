// An inventory service asks several warehouses for stock in parallel with errgroup and writes
// each answer into one map from inside the group's goroutines.
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
	levels := make(map[string]int)
	var g errgroup.Group
	for _, w := range warehouses {
		g.Go(func() error {
			n, err := stock(w)
			if err != nil {
				return err
			}
			levels[w] = n // want "concurrent map write"
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(levels)
}

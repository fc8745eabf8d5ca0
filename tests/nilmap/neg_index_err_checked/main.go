// The loader returns (nil, err) for an unknown index; the caller handles the error first.
package main

import (
	"errors"
	"fmt"
)

var indexes = map[string]map[string]int{
	"users": {"alice": 1, "bob": 2},
}

func loadIndex(name string) (map[string]int, error) {
	idx, ok := indexes[name]
	if !ok {
		return nil, errors.New("no index " + name)
	}
	return idx, nil
}

func main() {
	for _, name := range []string{"users", "orders"} {
		idx, err := loadIndex(name)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		idx["carol"] = 3
		fmt.Println(len(idx))
	}
}

// A loader returns (nil, err) for an unknown index; the caller drops the error.
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
	idx, _ := loadIndex("orders")
	idx["o-1"] = 1 // want "nil map"
	fmt.Println(len(idx))
}

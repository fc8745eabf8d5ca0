// A near miss: loadLabels returns a nil map only together with a non-nil error, and apply
// returns on that error before it writes the map. A closure that reports the error captures
// `err`, so the variable lives in a cell and the test reads it back from there.
package main

import (
	"errors"
	"fmt"
)

func loadLabels(spec string) (map[string]int, error) {
	if spec == "" {
		return nil, errors.New("empty label spec")
	}
	return map[string]int{spec: 1}, nil
}

func apply(spec string) error {
	labels, err := loadLabels(spec)
	report := func() {
		if err != nil {
			fmt.Println("label spec rejected:", err)
		}
	}
	if err != nil {
		report()
		return err
	}
	labels["applied"]++
	report()
	fmt.Println(len(labels))
	return nil
}

func main() {
	for _, spec := range []string{"team", ""} {
		fmt.Println(apply(spec))
	}
}

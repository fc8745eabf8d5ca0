// loadLabels returns a nil map together with a non-nil error; apply tests the error through a
// variable a deferred closure captures, but only logs it and goes on to write the nil map.
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

func apply(spec string) (err error) {
	labels, err := loadLabels(spec)
	defer func() {
		if err != nil {
			fmt.Println("label spec rejected:", err)
		}
	}()
	if err != nil {
		fmt.Println("using defaults for", spec)
	}
	labels["applied"]++ // want "nil map"
	return nil
}

func main() {
	for _, spec := range []string{"team", ""} {
		fmt.Println(apply(spec))
	}
}

// A config client retries a flaky loader a few times and stops at the first success. The
// loader returns a nil map only together with an error, and after the loop the client
// returns that error, so the map it writes the source into is always the loaded one.
package main

import (
	"errors"
	"fmt"
)

var busy = []bool{true, false, false}

func load(attempt int) (map[string]string, error) {
	if busy[attempt] {
		return nil, errors.New("config store busy")
	}
	return map[string]string{"region": "eu-west-1"}, nil
}

func fetch() (map[string]string, error) {
	var cfg map[string]string
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if cfg, err = load(attempt); err == nil {
			break
		}
		fmt.Println("retrying after:", err)
	}
	if err != nil {
		return nil, err
	}
	cfg["source"] = "store"
	return cfg, nil
}

func main() {
	cfg, err := fetch()
	fmt.Println(cfg, err)
}

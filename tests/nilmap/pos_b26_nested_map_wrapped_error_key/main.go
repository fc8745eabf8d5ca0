// A health checker counts probe failures per cause and per host in a map keyed by error, with an
// inner map made up front for each sentinel error the probes can fail with. The probes wrap the
// sentinel with the host (fmt.Errorf with %w), and a map key is compared with ==, not errors.Is,
// so the wrapped error finds no inner map and the count is written to nil.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrTimeout = errors.New("probe timed out")
	ErrRefused = errors.New("connection refused")
	ErrBadCode = errors.New("unexpected status")
)

type Checker struct {
	failures map[error]map[string]int
}

func NewChecker() *Checker {
	c := &Checker{failures: make(map[error]map[string]int)}
	for _, cause := range []error{ErrTimeout, ErrRefused, ErrBadCode} {
		c.failures[cause] = make(map[string]int)
	}
	return c
}

func probe(host string) error {
	switch host {
	case "db-2.internal":
		return fmt.Errorf("probe %s: %w", host, ErrTimeout)
	case "cache-1.internal":
		return fmt.Errorf("probe %s: %w", host, ErrRefused)
	}
	return nil
}

func (c *Checker) Record(host string, err error) {
	if err == nil {
		return
	}
	c.failures[err][host]++ // want "nil map|inner map"
}

func main() {
	c := NewChecker()
	for _, host := range []string{"db-1.internal", "db-2.internal", "cache-1.internal"} {
		c.Record(host, probe(host))
	}
	var lines []string
	for cause, hosts := range c.failures {
		for host, n := range hosts {
			lines = append(lines, fmt.Sprintf("%s: %s x%d", host, cause, n))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

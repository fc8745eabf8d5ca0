// A migration tool collects the timing of every step only when run with -verbose: the timings
// map is made under the flag, and each step records its timing under the same flag, so a quiet
// run never touches the nil map.
package main

import (
	"flag"
	"fmt"
	"sort"
	"time"
)

type step struct {
	name string
	run  func() error
}

func migrate(steps []step, verbose bool) error {
	var timings map[string]time.Duration
	if verbose {
		timings = make(map[string]time.Duration, len(steps))
	}
	for _, s := range steps {
		start := time.Now()
		if err := s.run(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		if verbose {
			timings[s.name] = time.Since(start)
		}
	}
	if verbose {
		names := make([]string, 0, len(timings))
		for name := range timings {
			names = append(names, name)
		}
		sort.Strings(names)
		fmt.Println("timed:", names)
	}
	return nil
}

func main() {
	verbose := flag.Bool("verbose", false, "print step timings")
	flag.Parse()
	steps := []step{
		{"create_users", func() error { return nil }},
		{"add_email_index", func() error { return nil }},
	}
	for _, v := range []bool{*verbose, true} {
		if err := migrate(steps, v); err != nil {
			fmt.Println(err)
		}
	}
}

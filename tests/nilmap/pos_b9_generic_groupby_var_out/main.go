// A log analyser groups parsed entries by service with a generic GroupBy helper. The result map
// is declared without a value and never made, so bucketing the first entry panics.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Entry struct {
	Service string
	Level   string
	Msg     string
}

func GroupBy[T any, K comparable](items []T, key func(T) K) map[K][]T {
	var groups map[K][]T
	for _, it := range items {
		k := key(it)
		groups[k] = append(groups[k], it) // want "nil map"
	}
	return groups
}

func parse(lines []string) []Entry {
	var out []Entry
	for _, l := range lines {
		f := strings.SplitN(l, " ", 3)
		if len(f) != 3 {
			continue
		}
		out = append(out, Entry{Service: f[0], Level: f[1], Msg: f[2]})
	}
	return out
}

func main() {
	entries := parse([]string{
		"billing ERROR card declined",
		"auth INFO login ok",
		"billing WARN retrying charge",
	})
	byService := GroupBy(entries, func(e Entry) string { return e.Service })
	names := make([]string, 0, len(byService))
	for name := range byService {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, len(byService[name]))
	}
}

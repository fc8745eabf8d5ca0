// A fleet tool walks a slice literal of host records, stamps each host's tags with its region
// and prints the host. The edge host was declared without tags, and the print after the stamp
// does not change that the stamp writes into its nil map first.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type host struct {
	name string
	tags map[string]string
}

func show(h *host) string {
	keys := make([]string, 0, len(h.tags))
	for k, v := range h.tags {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	return h.name + " " + strings.Join(keys, ",")
}

func main() {
	hosts := []*host{
		{name: "db-1", tags: map[string]string{"role": "db"}},
		{name: "edge-1"},
	}
	for _, h := range hosts {
		h.tags["region"] = "eu-west" // want "nil map"
		fmt.Println(show(h))
	}
}

// A fleet tool walks a slice literal of host records and tags each one, then prints it. The
// record without tags is given its map by prepare before the tag is written, so the later
// print of the same pointer does not matter: every write finds a made map.
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

func prepare(h *host) {
	if h.tags == nil {
		h.tags = make(map[string]string)
	}
}

func tag(h *host, k, v string) {
	h.tags[k] = v
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
		prepare(h)
		tag(h, "region", "eu-west")
		fmt.Println(show(h))
	}
}

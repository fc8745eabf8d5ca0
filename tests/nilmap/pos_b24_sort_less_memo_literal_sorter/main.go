// A release tool sorts tags by semantic version through sort.Sort; the sorter memoises
// parsed versions in a map its constructor makes, but the command builds the sorter as a
// bare literal, so the first Less that sort calls writes the nil memo map.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type version [3]int

type bySemver struct {
	tags   []string
	parsed map[string]version
}

func newBySemver(tags []string) bySemver {
	return bySemver{tags: tags, parsed: make(map[string]version, len(tags))}
}

func (s bySemver) version(tag string) version {
	if v, ok := s.parsed[tag]; ok {
		return v
	}
	var v version
	for i, part := range strings.SplitN(strings.TrimPrefix(tag, "v"), ".", 3) {
		n, err := strconv.Atoi(part)
		if err != nil {
			break
		}
		v[i] = n
	}
	s.parsed[tag] = v // want "nil map"
	return v
}

func (s bySemver) Len() int      { return len(s.tags) }
func (s bySemver) Swap(i, j int) { s.tags[i], s.tags[j] = s.tags[j], s.tags[i] }
func (s bySemver) Less(i, j int) bool {
	a, b := s.version(s.tags[i]), s.version(s.tags[j])
	for k := range a {
		if a[k] != b[k] {
			return a[k] < b[k]
		}
	}
	return s.tags[i] < s.tags[j]
}

func latest(tags []string) string {
	if len(tags) == 0 {
		return ""
	}
	sorted := append([]string(nil), tags...)
	sort.Sort(bySemver{tags: sorted})
	return sorted[len(sorted)-1]
}

func main() {
	tags := []string{"v1.2.0", "v1.10.0", "v1.9.3", "v0.9.0", "v1.10.0-rc1"}
	fmt.Fprintln(os.Stdout, "history:", strings.Join(tags, " "))
	fmt.Fprintln(os.Stdout, "latest:", latest(tags))
}

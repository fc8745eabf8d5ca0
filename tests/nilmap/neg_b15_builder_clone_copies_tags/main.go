// A StatsD-style metrics client hands out builders that subsystems fork with Clone. Clone copies
// the tag map with maps.Clone, and every builder comes from NewBuilder with a made map, so the fork
// has a map of its own to tag. The near miss of pos_b15_builder_clone_drops_tags.
package main

import (
	"fmt"
	"maps"
	"sort"
	"strings"
)

type Builder struct {
	endpoint   string
	prefix     string
	tags       map[string]string
	sampleRate float64
}

func NewBuilder(endpoint string) *Builder {
	return &Builder{endpoint: endpoint, tags: make(map[string]string), sampleRate: 1}
}

func (b *Builder) Tag(k, v string) *Builder {
	b.tags[k] = v
	return b
}

func (b *Builder) Prefix(p string) *Builder {
	if b.prefix != "" {
		p = b.prefix + "." + p
	}
	b.prefix = p
	return b
}

func (b *Builder) Sample(rate float64) *Builder {
	b.sampleRate = rate
	return b
}

// Clone forks the builder so that a subsystem can add its own prefix and tags.
func (b *Builder) Clone() *Builder {
	return &Builder{endpoint: b.endpoint, prefix: b.prefix, tags: maps.Clone(b.tags), sampleRate: b.sampleRate}
}

func (b *Builder) Line(name string, value int) string {
	keys := make([]string, 0, len(b.tags))
	for k := range b.tags {
		keys = append(keys, k+":"+b.tags[k])
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s.%s:%d|c|@%.2f|#%s", b.prefix, name, value, b.sampleRate, strings.Join(keys, ","))
}

func main() {
	base := NewBuilder("127.0.0.1:8125").Prefix("checkout").Tag("env", "prod")
	fmt.Println(base.Line("requests", 1))

	db := base.Clone().Prefix("db").Tag("pool", "primary").Sample(0.1)
	fmt.Println(db.Line("queries", 12))
}

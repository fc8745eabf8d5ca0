// A StatsD-style metrics client hands out builders that subsystems fork with Clone. Clone makes a
// fresh tag map for the fork and copies the parent's tags into it, so the first Tag on a forked
// builder has a map to write into. The near miss of pos_b15_builder_clone_drops_tags.
package main

import (
	"fmt"
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
	c := &Builder{endpoint: b.endpoint, prefix: b.prefix, sampleRate: b.sampleRate}
	c.tags = make(map[string]string, len(b.tags))
	for k, v := range b.tags {
		c.tags[k] = v
	}
	return c
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

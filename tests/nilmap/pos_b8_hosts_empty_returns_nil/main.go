// A stub DNS resolver reads a hosts file into a name -> address table and then pins
// "localhost". The parser returns nil for an empty file ("nothing configured"), and the
// resolver built on a machine with an empty hosts file pins localhost into that nil table.
package main

import (
	"fmt"
	"strings"
)

func parseHosts(text string) map[string]string {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	hosts := make(map[string]string)
	for _, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		for _, name := range fields[min(1, len(fields)):] {
			hosts[name] = fields[0]
		}
	}
	return hosts
}

type Resolver struct {
	static map[string]string
}

func NewResolver(hostsFile string) *Resolver {
	r := &Resolver{static: parseHosts(hostsFile)}
	r.static["localhost"] = "127.0.0.1" // want "nil map"
	return r
}

func (r *Resolver) Lookup(name string) (string, bool) {
	addr, ok := r.static[name]
	return addr, ok
}

func main() {
	r := NewResolver("10.0.0.5 db.internal db # primary\n10.0.0.6 cache.internal\n")
	fmt.Println(r.Lookup("db"))
	empty := NewResolver("\n")
	fmt.Println(empty.Lookup("localhost"))
}

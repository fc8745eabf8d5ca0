// A cache warms two backends by walking a slice literal of them. The local backend's
// constructor makes its entry table, the remote one only records its address (its table was
// meant to be made on first connect), so warming the remote backend writes into a nil map.
package main

import "fmt"

type backend struct {
	name    string
	addr    string
	entries map[string][]byte
}

func newLocal() *backend {
	return &backend{name: "local", entries: make(map[string][]byte)}
}

func newRemote(addr string) *backend {
	return &backend{name: "remote", addr: addr}
}

func (b *backend) warm(keys []string) {
	for _, k := range keys {
		b.entries[k] = []byte("v:" + k) // want "nil map"
	}
}

func main() {
	local := newLocal()
	remote := newRemote("10.0.0.4:6379")
	for _, b := range []*backend{local, remote} {
		b.warm([]string{"config", "flags"})
		fmt.Println(b.name, len(b.entries))
	}
}

// Backends walked through a slice literal of constructor results: the remote constructor
// leaves the table to connect, which the code calls before building the slice, so every
// backend the loop warms has its table.
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

func (b *backend) connect() {
	if b.entries == nil {
		b.entries = make(map[string][]byte)
	}
}

func (b *backend) warm(keys []string) {
	for _, k := range keys {
		b.entries[k] = []byte("v:" + k)
	}
}

func main() {
	local := newLocal()
	remote := newRemote("10.0.0.4:6379")
	remote.connect()
	for _, b := range []*backend{local, remote} {
		b.warm([]string{"config", "flags"})
		fmt.Println(b.name, len(b.entries))
	}
}

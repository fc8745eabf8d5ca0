// A storage factory returns one of two backends; the "memory" one is built without its map.
package main

import "fmt"

type Backend interface {
	Put(key, value string) error
}

type diskBackend struct{ dir string }

func (d *diskBackend) Put(key, value string) error { return nil }

type memBackend struct{ kv map[string]string }

func (m *memBackend) Put(key, value string) error {
	m.kv[key] = value // want "nil map"
	return nil
}

func open(kind string) Backend {
	switch kind {
	case "disk":
		return &diskBackend{dir: "/var/lib/app"}
	default:
		return new(memBackend)
	}
}

func main() {
	for _, kind := range []string{"disk", "memory"} {
		b := open(kind)
		fmt.Println(kind, b.Put("k", "v"))
	}
}

// A codec registry makes its map once, through sync.Once, before any registration writes it.
package main

import (
	"fmt"
	"sync"
)

type Codec interface{ Name() string }

type jsonCodec struct{}

func (jsonCodec) Name() string { return "json" }

type registry struct {
	once   sync.Once
	codecs map[string]Codec
}

func (r *registry) Register(c Codec) {
	r.once.Do(func() { r.codecs = make(map[string]Codec) })
	r.codecs[c.Name()] = c
}

var codecs registry

func main() {
	codecs.Register(jsonCodec{})
	fmt.Println(len(codecs.codecs))
}

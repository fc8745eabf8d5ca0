// A codec registry is made by an init function, and the built-in codecs register from another
// init after it; a package-level variable's initializer only looks the default codec up, which
// reads the still-nil map (a miss, not a panic), and main falls back when it got nothing.
package main

import (
	"fmt"
	"strings"
)

type Codec interface{ Name() string }

type textCodec struct{}

func (textCodec) Name() string { return "text" }

var codecs map[string]Codec

func init() {
	codecs = make(map[string]Codec)
}

func Register(c Codec) {
	codecs[strings.ToLower(c.Name())] = c
}

func Lookup(name string) Codec { return codecs[name] }

var defaultCodec = Lookup("text")

func init() {
	Register(textCodec{})
}

func main() {
	c := defaultCodec
	if c == nil {
		c = Lookup("text")
	}
	fmt.Println(c.Name(), len(codecs))
}

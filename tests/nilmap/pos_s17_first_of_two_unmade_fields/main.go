// A code generator registers the packages it imports: each registration marks the alias as in
// use, then records it under the package name. The constructor makes both tables, but a
// generator built as a bare literal (as protoc-gen-twirp's generator_test.go:27 builds one) has
// neither, and its first registration panics at the first of the two writes. Shape noticed in
// github.com/twitchtv/twirp v8.1.3+incompatible, protoc-gen-twirp/generator.go:175-176, where
// only the second write was reported; our own program.
package main

import (
	"fmt"
	"strconv"
)

type generator struct {
	aliases map[string]string
	inUse   map[string]bool
}

func newGenerator() *generator {
	return &generator{aliases: map[string]string{}, inUse: map[string]bool{}}
}

func (g *generator) register(pkg string) string {
	alias := pkg
	for i := 1; g.inUse[alias]; i++ {
		alias = pkg + strconv.Itoa(i)
	}
	g.inUse[alias] = true // want "nil map"
	g.aliases[pkg] = alias
	return alias
}

func generate(g *generator, pkgs []string) []string {
	var out []string
	for _, p := range pkgs {
		out = append(out, g.register(p))
	}
	return out
}

func main() {
	fmt.Println(generate(newGenerator(), []string{"context", "http"}))
	fmt.Println(generate(&generator{}, []string{"json"}))
}

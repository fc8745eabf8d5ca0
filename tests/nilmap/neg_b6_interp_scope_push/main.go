// A tiny interpreter for "let"/"print" scripts keeps a stack of scopes; "{" pushes a scope and
// "}" pops it. The global scope is made by the constructor, and push appends a scope with its
// own variable map, so a "let" inside a block defines its variable in the block's map.
package main

import (
	"fmt"
	"strings"
)

type scope struct {
	depth int
	vars  map[string]string
}

type interp struct {
	scopes []scope
	out    []string
}

func newInterp() *interp {
	return &interp{scopes: []scope{{vars: map[string]string{}}}}
}

func (in *interp) push() {
	in.scopes = append(in.scopes, scope{depth: len(in.scopes), vars: make(map[string]string)})
}

func (in *interp) pop() { in.scopes = in.scopes[:len(in.scopes)-1] }

func (in *interp) define(name, value string) {
	top := &in.scopes[len(in.scopes)-1]
	top.vars[name] = value
}

func (in *interp) lookup(name string) string {
	for i := len(in.scopes) - 1; i >= 0; i-- {
		if v, ok := in.scopes[i].vars[name]; ok {
			return v
		}
	}
	return "<undefined>"
}

func (in *interp) exec(line string) {
	f := strings.Fields(line)
	switch {
	case line == "{":
		in.push()
	case line == "}":
		in.pop()
	case len(f) == 3 && f[0] == "let":
		in.define(f[1], f[2])
	case len(f) == 2 && f[0] == "print":
		in.out = append(in.out, f[1]+"="+in.lookup(f[1]))
	}
}

func main() {
	in := newInterp()
	for _, line := range []string{"let x 1", "{", "let y 2", "print x", "print y", "}", "print y"} {
		in.exec(line)
	}
	fmt.Println(strings.Join(in.out, "\n"))
}

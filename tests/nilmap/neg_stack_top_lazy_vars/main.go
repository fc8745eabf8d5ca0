// A near miss of pos_b6_interp_scope_push: push appends a block scope without its variable map,
// and define makes the top scope's map on its first variable before writing, so a "let" inside
// a block writes into a made map.
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
	in.scopes = append(in.scopes, scope{depth: len(in.scopes)})
}

func (in *interp) pop() { in.scopes = in.scopes[:len(in.scopes)-1] }

func (in *interp) define(name, value string) {
	top := &in.scopes[len(in.scopes)-1]
	if top.vars == nil {
		top.vars = make(map[string]string)
	}
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

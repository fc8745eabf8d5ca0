// A near miss of pos_b6_interp_scope_push: the interpreter keeps two stacks, loop frames
// pushed without a label map and scopes pushed with their variable map; define writes into the
// top scope, whose map every push makes, never into a frame.
package main

import (
	"fmt"
	"strings"
)

type frame struct {
	start  int
	labels map[string]int
}

type scope struct {
	depth int
	vars  map[string]string
}

type interp struct {
	frames []frame
	scopes []scope
	out    []string
}

func newInterp() *interp {
	return &interp{
		frames: []frame{{labels: map[string]int{}}},
		scopes: []scope{{vars: map[string]string{}}},
	}
}

func (in *interp) enterLoop(at int) {
	in.frames = append(in.frames, frame{start: at})
}

func (in *interp) push() {
	in.scopes = append(in.scopes, scope{depth: len(in.scopes), vars: map[string]string{}})
}

func (in *interp) pop() { in.scopes = in.scopes[:len(in.scopes)-1] }

func (in *interp) define(name, value string) {
	top := &in.scopes[len(in.scopes)-1]
	top.vars[name] = value
}

func (in *interp) label(name string) int {
	return in.frames[0].labels[name] + len(in.frames)
}

func (in *interp) exec(at int, line string) {
	f := strings.Fields(line)
	switch {
	case line == "{":
		in.push()
	case line == "}":
		in.pop()
	case line == "loop":
		in.enterLoop(at)
	case len(f) == 3 && f[0] == "let":
		in.define(f[1], f[2])
	case len(f) == 2 && f[0] == "print":
		in.out = append(in.out, f[1]+"="+in.scopes[len(in.scopes)-1].vars[f[1]])
	}
}

func main() {
	in := newInterp()
	for at, line := range []string{"let x 1", "loop", "{", "let y 2", "print y", "}", "print x"} {
		in.exec(at, line)
	}
	fmt.Println(strings.Join(in.out, "\n"), in.label("top"))
}

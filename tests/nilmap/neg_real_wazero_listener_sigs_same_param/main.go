// Reduced from wazero (v1.12.0), internal/engine/wazevo/frontend/frontend.go:199, where
// mapscope check reported `c.listenerSignatures[wasmSig] = ...` as a write to a nil map, nil
// because NewFrontendCompiler's composite literal leaves the field out. declareSignatures makes
// the map under `if listenerOn` before its loop over the type section and writes it, inside the
// loop, only under `if listenerOn` again; the parameter never changes in between. A near miss:
// a map made and written under two tests of one unchanged bool parameter, the write in a loop,
// in a method the constructor calls. Our own rewrite.
package main

import "fmt"

type FuncType struct{ params, results int }

type Signature struct {
	ID      int
	params  int
	results int
}

type Module struct{ TypeSection []FuncType }

type Compiler struct {
	m                  *Module
	signatures         map[*FuncType]*Signature
	listenerSignatures map[*FuncType][2]*Signature
	declared           []*Signature
}

func NewCompiler(m *Module, listenerOn bool) *Compiler {
	c := &Compiler{m: m}
	c.declareSignatures(listenerOn)
	return c
}

func (c *Compiler) declare(sig *Signature) { c.declared = append(c.declared, sig) }

func (c *Compiler) declareSignatures(listenerOn bool) {
	m := c.m
	c.signatures = make(map[*FuncType]*Signature, len(m.TypeSection)+2)
	if listenerOn {
		c.listenerSignatures = make(map[*FuncType][2]*Signature, len(m.TypeSection))
	}
	for i := range m.TypeSection {
		wasmSig := &m.TypeSection[i]
		sig := &Signature{ID: i, params: wasmSig.params, results: wasmSig.results}
		c.signatures[wasmSig] = sig
		c.declare(sig)

		if listenerOn {
			before := &Signature{ID: i + len(m.TypeSection), params: wasmSig.params + 2}
			after := &Signature{ID: i + 2*len(m.TypeSection), params: wasmSig.results + 2}
			c.listenerSignatures[wasmSig] = [2]*Signature{before, after}
			c.declare(before)
			c.declare(after)
		}
	}
}

func main() {
	m := &Module{TypeSection: []FuncType{{1, 1}, {2, 0}, {0, 1}}}
	for _, listenerOn := range []bool{false, true} {
		c := NewCompiler(m, listenerOn)
		fmt.Println(len(c.signatures), len(c.listenerSignatures), len(c.declared))
	}
}

// A JSX parser imports its factory symbols through a switch over the import kind, with no
// default. A kind added later for the classic runtime's Fragment has no case, so the symbol
// table stays nil for it, and the first such element writes into the nil map.
package main

import "fmt"

type jsxImport uint8

const (
	jsxImportJSX jsxImport = iota
	jsxImportJSXS
	jsxImportFragment
	jsxImportCreateElement
	jsxImportClassicFragment
)

type parser struct {
	development    bool
	runtimeImports map[string]int
	legacyImports  map[string]int
	nextRef        int
}

func newParser(development bool) *parser {
	return &parser{
		development:    development,
		runtimeImports: make(map[string]int),
		legacyImports:  make(map[string]int),
	}
}

func (p *parser) importJSXSymbol(kind jsxImport) int {
	var symbols map[string]int
	var name string

	switch kind {
	case jsxImportJSX:
		symbols = p.runtimeImports
		if p.development {
			name = "jsxDEV"
		} else {
			name = "jsx"
		}

	case jsxImportJSXS:
		symbols = p.runtimeImports
		if p.development {
			name = "jsxDEV"
		} else {
			name = "jsxs"
		}

	case jsxImportFragment:
		symbols = p.runtimeImports
		name = "Fragment"

	case jsxImportCreateElement:
		symbols = p.legacyImports
		name = "createElement"
	}

	ref, ok := symbols[name]
	if !ok {
		p.nextRef++
		ref = p.nextRef
		symbols[name] = ref // want "nil map"
	}
	return ref
}

// element imports the factory of one JSX element: jsxs when it has several static children.
func (p *parser) element(children int, automatic bool) int {
	if !automatic {
		return p.importJSXSymbol(jsxImportCreateElement)
	}
	kind := jsxImportJSX
	if children > 1 {
		kind = jsxImportJSXS
	}
	return p.importJSXSymbol(kind)
}

func main() {
	p := newParser(false)
	refs := []int{p.element(1, true), p.element(3, true), p.element(2, false), p.importJSXSymbol(jsxImportFragment), p.importJSXSymbol(jsxImportClassicFragment)}
	fmt.Println(refs, len(p.runtimeImports), len(p.legacyImports))
}

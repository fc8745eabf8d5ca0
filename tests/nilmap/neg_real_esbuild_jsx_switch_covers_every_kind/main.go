// Reduced from evanw/esbuild v0.28.2, internal/js_parser/js_parser.go:1854, where mapscope
// check reported `symbols[name] = it` in importJSXSymbol as a write to a nil map, with the note
// that `symbols` is declared without a value. Its switch over the JSXImport kind has a case for
// each of the type's four constants, each setting `symbols` to one of two maps the parser's
// constructor makes, and every caller passes one of those constants (one of them through a
// local that holds JSXImportJSX or JSXImportJSXS): no call reaches the write with `symbols`
// still nil. A near miss: a switch without a default over an enumerated parameter whose cases
// cover every value its callers pass. Our own rewrite.
package main

import "fmt"

type jsxImport uint8

const (
	jsxImportJSX jsxImport = iota
	jsxImportJSXS
	jsxImportFragment
	jsxImportCreateElement
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
		symbols[name] = ref
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
	refs := []int{p.element(1, true), p.element(3, true), p.element(2, false), p.importJSXSymbol(jsxImportFragment)}
	fmt.Println(refs, len(p.runtimeImports), len(p.legacyImports))
}

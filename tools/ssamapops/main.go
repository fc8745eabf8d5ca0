// Command ssamapops is the go/ssa oracle for `mapscope ssa --map-ops`.
//
// Usage: ssamapops [-C dir] [-tests=false] [-tags list] PATTERN...
//
// It loads the packages matched by the patterns as go vet sees them (go/packages with Tests: true,
// unless -tests=false: a package with in-package _test.go files is built once, as its test variant
// "p [p.test]"; an external test package p_test is built too; generated test mains are skipped),
// builds them with golang.org/x/tools/go/ssa in the default builder mode, and prints one line per
// function of those packages (closures and package initializers included; instances of generic
// functions and synthetic wrappers left out) that holds at least one map operation:
//
//	NAME: make=N lookup=N commaok=N update=N delete=N range=N clear=N
//
// NAME is ssa.Function.String(). make counts MakeMap; lookup and commaok count Lookup instructions
// on maps without and with comma-ok; update counts MapUpdate (map-literal elements included);
// delete and clear count calls of those builtins on maps; range counts Range instructions over
// maps. A generic function is counted once, by its generic body, and a type parameter whose core
// type is a map counts as a map. Lines are sorted bytewise.
package main

import (
	"flag"
	"fmt"
	"go/types"
	"os"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

func main() {
	dir := flag.String("C", "", "run as if started in `dir`")
	tests := flag.Bool("tests", true, "include the packages' test files")
	tags := flag.String("tags", "", "comma-separated build tags")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: ssamapops [-C dir] [-tests=false] [-tags list] PATTERN...")
		os.Exit(2)
	}
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedForTest,
		Dir:   *dir,
		Tests: *tests,
	}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	pkgs, err := packages.Load(cfg, flag.Args()...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ssamapops:", err)
		os.Exit(1)
	}
	errs := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			fmt.Fprintln(os.Stderr, "ssamapops: error:", e)
			errs++
		}
	})
	if errs > 0 {
		os.Exit(1)
	}

	// go vet's view: drop p when its test variant "p [p.test]" exists; drop generated test mains.
	hasTestVariant := map[string]bool{}
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			hasTestVariant[p.PkgPath] = true
		}
	}
	prog, ssaPkgs := ssautil.AllPackages(pkgs, 0)
	prog.Build()
	wanted := map[*ssa.Package]bool{}
	for i, p := range pkgs {
		if ssaPkgs[i] == nil {
			continue
		}
		if p.ForTest == "" && p.Name == "main" && strings.HasSuffix(p.ID, ".test") {
			continue
		}
		if p.ForTest == "" && hasTestVariant[p.PkgPath] {
			continue
		}
		wanted[ssaPkgs[i]] = true
	}

	var lines []string
	for fn := range ssautil.AllFunctions(prog) {
		if fn.Pkg == nil || !wanted[fn.Pkg] || fn.Origin() != nil {
			continue
		}
		if fn.Synthetic != "" && fn.Synthetic != "package initializer" {
			continue
		}
		if line, ok := count(fn); ok {
			lines = append(lines, line)
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

// count returns fn's line, and whether fn holds a map operation.
func count(fn *ssa.Function) (string, bool) {
	var make_, lookup, commaok, update, delete_, range_, clear_ int
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.MakeMap:
				make_++
			case *ssa.Lookup:
				if isMap(in.X.Type()) {
					if in.CommaOk {
						commaok++
					} else {
						lookup++
					}
				}
			case *ssa.MapUpdate:
				update++
			case *ssa.Range:
				if isMap(in.X.Type()) {
					range_++
				}
			case *ssa.Call:
				if b, ok := in.Call.Value.(*ssa.Builtin); ok && len(in.Call.Args) > 0 && isMap(in.Call.Args[0].Type()) {
					switch b.Name() {
					case "delete":
						delete_++
					case "clear":
						clear_++
					}
				}
			}
		}
	}
	if make_+lookup+commaok+update+delete_+range_+clear_ == 0 {
		return "", false
	}
	return fmt.Sprintf("%s: make=%d lookup=%d commaok=%d update=%d delete=%d range=%d clear=%d",
		fn.String(), make_, lookup, commaok, update, delete_, range_, clear_), true
}

// isMap reports whether t's core type is a map: its underlying type, or for a type parameter the
// one underlying type all the terms of its constraint share.
func isMap(t types.Type) bool {
	core := coreType(t)
	_, ok := core.(*types.Map)
	return ok
}

func coreType(t types.Type) types.Type {
	tp, ok := types.Unalias(t).(*types.TypeParam)
	if !ok {
		return t.Underlying()
	}
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var core types.Type
	for i := 0; i < iface.NumEmbeddeds(); i++ {
		var terms []types.Type
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := 0; j < e.Len(); j++ {
				terms = append(terms, e.Term(j).Type().Underlying())
			}
		default:
			terms = append(terms, coreType(e))
		}
		for _, u := range terms {
			if u == nil {
				return nil
			}
			if core == nil {
				core = u
			} else if !types.Identical(core, u) {
				return nil
			}
		}
	}
	return core
}

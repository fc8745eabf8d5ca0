// Command mapexprs is the go/types oracle for `mapscope types --map-exprs`.
//
// Usage: mapexprs [-C dir] [-all] [-tags list] PATTERN...
//
// It loads the packages matched by the patterns the way go vet sees them
// (go/packages with Tests: true: a package with in-package _test.go files is
// checked once, as its test variant "p [p.test]"; an external test package
// p_test is checked too; the generated test main is skipped) and prints one
// line per expression:
//
//	path:line:col: TYPE
//
// for every entry e -> tv of types.Info.Types such that
//   - tv is a value (not a type expression, not a builtin, not void), and
//   - tv.Type.Underlying() is a *types.Map (an expression whose type is a
//     type parameter is not printed, even if its core type is a map).
//
// line:col is the position of e.Pos() (col counts bytes, 1-based, as go/token
// does). TYPE is types.TypeString(tv.Type, nil), i.e. named types are
// qualified by their full package path. path is relative to the working
// directory (or -C dir) when the file is below it, absolute otherwise.
// Lines are sorted bytewise; an expression is printed once even when several
// expressions share a position and type (each distinct ast.Expr gives a line).
//
// With -all every value expression is printed, whatever its type: a wider
// oracle used while developing the checker.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

func main() {
	dir := flag.String("C", "", "run as if started in `dir`")
	all := flag.Bool("all", false, "print every value expression, not only maps")
	tags := flag.String("tags", "", "comma-separated build tags")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: mapexprs [-C dir] [-all] [-tags list] PATTERN...")
		os.Exit(2)
	}
	root := *dir
	if root == "" {
		root, _ = os.Getwd()
	}
	root, _ = filepath.Abs(root)

	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax |
			packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports | packages.NeedDeps | packages.NeedForTest,
		Dir:   root,
		Tests: true,
	}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	pkgs, err := packages.Load(cfg, flag.Args()...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mapexprs:", err)
		os.Exit(1)
	}

	// go vet's view: drop p when its test variant "p [p.test]" exists; drop test mains.
	hasTestVariant := map[string]bool{}
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			hasTestVariant[p.PkgPath] = true
		}
	}
	if os.Getenv("MAPEXPRS_DEBUG") != "" {
		for _, p := range pkgs {
			fmt.Fprintf(os.Stderr, "%q %q %q %q\n", p.ID, p.PkgPath, p.ForTest, p.Name)
		}
	}
	var lines []string
	errs := 0
	for _, p := range pkgs {
		if p.ForTest == "" && p.Name == "main" && strings.HasSuffix(p.ID, ".test") {
			continue // generated test main
		}
		if p.ForTest == "" && hasTestVariant[p.PkgPath] {
			continue
		}
		for _, e := range p.Errors {
			fmt.Fprintln(os.Stderr, "mapexprs: error:", e)
			errs++
		}
		if p.TypesInfo == nil {
			continue
		}
		for e, tv := range p.TypesInfo.Types {
			if !tv.IsValue() || tv.Type == nil {
				continue
			}
			if _, isTP := types.Unalias(tv.Type).(*types.TypeParam); isTP && !*all {
				continue
			}
			if _, ok := tv.Type.Underlying().(*types.Map); !ok && !*all {
				continue
			}
			lines = append(lines, line(p, root, e, types.TypeString(tv.Type, nil)))
		}
	}
	sort.Strings(lines)
	w := os.Stdout
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if errs > 0 {
		fmt.Fprintf(os.Stderr, "mapexprs: %d package errors\n", errs)
	}
}

func line(p *packages.Package, root string, e ast.Expr, ty string) string {
	pos := p.Fset.Position(e.Pos())
	path := pos.Filename
	if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
		path = filepath.ToSlash(rel)
	}
	return fmt.Sprintf("%s:%d:%d: %s", path, pos.Line, pos.Column, ty)
}

// Command astdump is the go/parser oracle for mapscope_syntax.
//
// It parses Go files with go/parser (ParseComments|SkipObjectResolution|AllErrors) and prints,
// for each file, its syntax errors and a canonical dump of the AST. `mapscope parse --dump-ast`
// prints the same bytes, so the two parsers are compared with diff.
//
// Usage:
//
//	astdump [-hash] [-list FILE] [PATH...]   dump (or hash the dump of) each file
//	astdump -bench [-rounds N] [-list FILE] [PATH...]   time go/parser alone, single-threaded
//
// Output per file:
//
//	== PATH
//	errors N
//	OFFSET: MESSAGE            (N lines, sorted as go/scanner.ErrorList sorts them; "\n" in a message as `\n`)
//	<dump>                     (or "hash HEX": FNV-1a 64 of the dump)
//
// Dump format: one line per node, indented by one space per level:
//
//	[Field: ]Kind POS END Scalar=value ...
//
// POS and END are the node's Pos() and End() as byte offsets (-1 for token.NoPos). Scalars are
// the node's token.Pos (offset), token.Token (spelling), bool, ChanDir (number) and string
// fields (LEN:"raw bytes") in go/ast field order. Child nodes follow on their own lines as
// "Field: ..." (or "Field: nil"); node lists as "Field: [N]" followed by "I: ..." lines.
// Deprecated resolution fields (Obj, Scope, Unresolved) and File.Imports are left out.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"hash/fnv"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"
)

const mode = parser.ParseComments | parser.SkipObjectResolution | parser.AllErrors

func main() {
	hash := flag.Bool("hash", false, "print a hash of each dump instead of the dump")
	bench := flag.Bool("bench", false, "time go/parser over the files (single-threaded) and print MB/s")
	rounds := flag.Int("rounds", 3, "rounds for -bench (the best round is reported)")
	list := flag.String("list", "", "file holding one path per line (\"-\" for stdin)")
	flag.Parse()

	paths := flag.Args()
	if *list != "" {
		paths = append(paths, readList(*list)...)
	}
	if *bench {
		runBench(paths, *rounds)
		return
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for _, path := range paths {
		src, err := os.ReadFile(path)
		fmt.Fprintf(w, "== %s\n", path)
		if err != nil {
			fmt.Fprintf(w, "unreadable\n")
			continue
		}
		dumpFile(w, src, *hash)
	}
}

func readList(name string) []string {
	f := os.Stdin
	if name != "-" {
		var err error
		if f, err = os.Open(name); err != nil {
			fmt.Fprintln(os.Stderr, "astdump:", err)
			os.Exit(2)
		}
		defer f.Close()
	}
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			out = append(out, line)
		}
	}
	return out
}

func dumpFile(w *bufio.Writer, src []byte, hash bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, mode)
	tf := fset.File(f.FileStart)
	var errs scanner.ErrorList
	if el, ok := err.(scanner.ErrorList); ok {
		errs = el
	}
	fmt.Fprintf(w, "errors %d\n", len(errs))
	for _, e := range errs {
		// A message may quote a literal spanning lines; keep one line per error.
		fmt.Fprintf(w, "%d: %s\n", e.Pos.Offset, strings.ReplaceAll(e.Msg, "\n", `\n`))
	}
	d := &dumper{base: tf.Base()}
	d.node("", reflect.ValueOf(f), 0)
	if hash {
		h := fnv.New64a()
		h.Write(d.buf)
		fmt.Fprintf(w, "hash %016x\n", h.Sum64())
	} else {
		w.Write(d.buf)
	}
}

type dumper struct {
	base int
	buf  []byte
}

var (
	posType     = reflect.TypeFor[token.Pos]()
	tokenType   = reflect.TypeFor[token.Token]()
	chanDirType = reflect.TypeFor[ast.ChanDir]()
	nodeType    = reflect.TypeFor[ast.Node]()
)

func (d *dumper) pos(p token.Pos) int {
	if !p.IsValid() {
		return -1
	}
	return int(p) - d.base
}

func (d *dumper) indent(level int, field string) {
	for range level {
		d.buf = append(d.buf, ' ')
	}
	if field != "" {
		d.buf = append(d.buf, field...)
		d.buf = append(d.buf, ": "...)
	}
}

// node prints v (a pointer to a go/ast node, or an interface holding one) at the given level.
func (d *dumper) node(field string, v reflect.Value, level int) {
	for v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	d.indent(level, field)
	if !v.IsValid() || v.IsNil() {
		d.buf = append(d.buf, "nil\n"...)
		return
	}
	n := v.Interface().(ast.Node)
	s := v.Elem()
	t := s.Type()
	d.buf = append(d.buf, t.Name()...)
	d.buf = fmt.Appendf(d.buf, " %d %d", d.pos(n.Pos()), d.pos(n.End()))
	// Scalars first, on the node's line.
	for i := range t.NumField() {
		f := t.Field(i)
		if skipField(f.Name) {
			continue
		}
		fv := s.Field(i)
		switch {
		case f.Type == posType:
			d.buf = fmt.Appendf(d.buf, " %s=%d", f.Name, d.pos(token.Pos(fv.Int())))
		case f.Type == tokenType:
			d.buf = fmt.Appendf(d.buf, " %s=%s", f.Name, token.Token(fv.Int()))
		case f.Type == chanDirType:
			d.buf = fmt.Appendf(d.buf, " %s=%d", f.Name, fv.Int())
		case f.Type.Kind() == reflect.Bool:
			d.buf = fmt.Appendf(d.buf, " %s=%t", f.Name, fv.Bool())
		case f.Type.Kind() == reflect.String:
			str := fv.String()
			d.buf = fmt.Appendf(d.buf, " %s=%d:\"%s\"", f.Name, len(str), str)
		}
	}
	d.buf = append(d.buf, '\n')
	// Then children, one line each.
	for i := range t.NumField() {
		f := t.Field(i)
		if skipField(f.Name) {
			continue
		}
		fv := s.Field(i)
		switch {
		case f.Type.Kind() == reflect.Slice:
			d.indent(level+1, f.Name)
			d.buf = append(d.buf, '[')
			d.buf = strconv.AppendInt(d.buf, int64(fv.Len()), 10)
			d.buf = append(d.buf, "]\n"...)
			for j := range fv.Len() {
				d.node(strconv.Itoa(j), fv.Index(j), level+2)
			}
		case f.Type.Implements(nodeType) || f.Type.Kind() == reflect.Interface:
			d.node(f.Name, fv, level+1)
		}
	}
}

func skipField(name string) bool {
	switch name {
	case "Obj", "Scope", "Unresolved", "Imports":
		return true
	}
	return false
}

func runBench(paths []string, rounds int) {
	srcs := make([][]byte, 0, len(paths))
	total := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	best := time.Duration(1<<63 - 1)
	for range rounds {
		start := time.Now()
		for _, src := range srcs {
			fset := token.NewFileSet()
			parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
		}
		if d := time.Since(start); d < best {
			best = d
		}
	}
	fmt.Printf("go/parser: %d files, %d bytes, best of %d rounds %.3f s, %.1f MB/s\n",
		len(srcs), total, rounds, best.Seconds(), float64(total)/1e6/best.Seconds())
}

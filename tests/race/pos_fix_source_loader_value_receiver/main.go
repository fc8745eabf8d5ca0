// Reduced from the fix in https://github.com/getsentry/raven-go/pull/212 ("Use pointer type for
// right use of mutex", commit adb5dff): an error reporter's default source-code loader, kept in a
// package variable as a value, has a value receiver, so every Load locks its own copy of the
// mutex while all copies share the one cache map; errors captured at once write it together.
package main

import (
	"fmt"
	"strings"
	"sync"
)

// sources stands for the files on disk.
var sources = map[string]string{
	"/srv/api/handler.go": "package api\nfunc h() {\n\tpanic(err)\n}",
	"/srv/api/db.go":      "package api\nfunc q() {\n\treturn nil, err\n}",
}

type SourceCodeLoader interface {
	Load(filename string, line int) []string
}

var sourceCodeLoader SourceCodeLoader = fsLoader{cache: make(map[string][]string)}

type fsLoader struct {
	mu    sync.Mutex
	cache map[string][]string
}

func (fs fsLoader) Load(filename string, line int) []string { // root cause
	fs.mu.Lock()
	defer fs.mu.Unlock()
	lines, ok := fs.cache[filename] // other access
	if !ok {
		lines = strings.Split(sources[filename], "\n")
		fs.cache[filename] = lines // want "concurrent map write"
	}
	if line < 1 || line > len(lines) {
		return nil
	}
	return lines[line-1 : line]
}

type frame struct {
	file string
	line int
}

func captureError(msg string, stack []frame) string {
	var b strings.Builder
	b.WriteString(msg)
	for _, f := range stack {
		fmt.Fprintf(&b, "\n  %s:%d %q", f.file, f.line, sourceCodeLoader.Load(f.file, f.line))
	}
	return b.String()
}

func main() {
	reports := make([]string, 2)
	var wg sync.WaitGroup
	wg.Go(func() { reports[0] = captureError("handler panic", []frame{{"/srv/api/handler.go", 3}}) })
	wg.Go(func() { reports[1] = captureError("query failed", []frame{{"/srv/api/db.go", 3}}) })
	wg.Wait()
	fmt.Println(strings.Join(reports, "\n"))
}

// Near miss of pos_fix_source_loader_value_receiver, the fixed code of
// https://github.com/getsentry/raven-go/pull/212 (commit adb5dff): the package variable holds a
// pointer to the loader and Load has a pointer receiver, so every call locks the one mutex.
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

var sourceCodeLoader SourceCodeLoader = &fsLoader{cache: make(map[string][]string)}

type fsLoader struct {
	mu    sync.Mutex
	cache map[string][]string
}

func (fs *fsLoader) Load(filename string, line int) []string {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	lines, ok := fs.cache[filename]
	if !ok {
		lines = strings.Split(sources[filename], "\n")
		fs.cache[filename] = lines
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

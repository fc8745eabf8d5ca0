// Reduced from honnef.co/go/tools v0.8.2, internal/xtools-internal/packagestest/modules.go:101,
// where mapscope check reported `exported.written[exported.primary]["go.mod"] = ...` in
// modules.Finalize as a write to an inner map made only for another key. Finalize makes the
// primary module's inner map first (`if exported.written[exported.primary] == nil { ... =
// make(...) }`), then reads the primary's go.mod entry and, when it names a file, reads that
// file (os.ReadFile) before the write. Both the make and the write use `exported.primary`, a
// field of the pointer parameter that nothing assigns in between: the file read cannot reach
// the exported value. A near miss: an inner map made for a key read from a field of a pointer
// parameter, written under the same field after calls that cannot reach the pointer. Our own
// rewrite.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type exported struct {
	primary string
	dir     string
	written map[string]map[string]string
}

func finalize(e *exported) error {
	primaryDir := filepath.Join(e.dir, "primary")
	if e.written[e.primary] == nil {
		e.written[e.primary] = make(map[string]string)
	}
	versions := make(map[string]string)
	for module := range e.written {
		if parts := strings.Split(module, "@"); len(parts) > 1 {
			versions[module] = parts[1]
		}
	}
	// A go.mod already written is kept aside before the new one replaces it.
	if gomod := e.written[e.primary]["go.mod"]; gomod != "" {
		contents, err := os.ReadFile(gomod)
		if err != nil {
			return err
		}
		fmt.Println("kept", len(contents), "bytes")
	}
	e.written[e.primary]["go.mod"] = filepath.Join(primaryDir, "go.mod")
	fmt.Println(len(versions), "pinned modules")
	return nil
}

func main() {
	e := &exported{
		primary: "example.com/primary",
		dir:     os.TempDir(),
		written: map[string]map[string]string{"example.com/dep@v1.2.0": {"dep.go": "dep.go"}},
	}
	if err := finalize(e); err != nil {
		fmt.Println(err)
	}
	fmt.Println(e.written[e.primary]["go.mod"] != "")
}

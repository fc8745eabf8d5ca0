// A CLI tool loads its aliases file once with sync.OnceValue; when the file is missing the
// loader returns nil, and registering a built-in alias writes into the nil map.
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

var aliases = sync.OnceValue(func() map[string]string {
	data, err := os.ReadFile("/nonexistent/mapscope-corpus/aliases.conf")
	if err != nil {
		return nil
	}
	out := make(map[string]string)
	for _, line := range strings.Split(string(data), "\n") {
		if name, cmd, ok := strings.Cut(line, "="); ok {
			out[name] = cmd
		}
	}
	return out
})

func registerBuiltins() {
	a := aliases()
	a["st"] = "status" // want "nil map"
	a["co"] = "checkout"
}

func main() {
	registerBuiltins()
	fmt.Println(len(aliases()))
}

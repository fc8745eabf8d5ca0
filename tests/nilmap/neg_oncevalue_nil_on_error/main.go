// A CLI tool loads its aliases file once with sync.OnceValue; when the file is missing the
// loader returns an empty map, so registering a built-in alias has a map to write.
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

var aliases = sync.OnceValue(func() map[string]string {
	out := make(map[string]string)
	data, err := os.ReadFile("/nonexistent/mapscope-corpus/aliases.conf")
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n") {
		if name, cmd, ok := strings.Cut(line, "="); ok {
			out[name] = cmd
		}
	}
	return out
})

func registerBuiltins() {
	a := aliases()
	a["st"] = "status"
	a["co"] = "checkout"
}

func main() {
	registerBuiltins()
	fmt.Println(len(aliases()))
}

// A CLI tool loads its aliases file once with sync.OnceValues; when the file is missing the
// loader returns (nil, err), and the caller starts from an empty map before registering the
// built-in aliases.
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

var loadAliases = sync.OnceValues(func() (map[string]string, error) {
	data, err := os.ReadFile("/nonexistent/mapscope-corpus/aliases.conf")
	if err != nil {
		return nil, err
	}
	out := make(map[string]string)
	for _, line := range strings.Split(string(data), "\n") {
		if name, cmd, ok := strings.Cut(line, "="); ok {
			out[name] = cmd
		}
	}
	return out, nil
})

func withBuiltins() map[string]string {
	a, err := loadAliases()
	if err != nil {
		a = make(map[string]string)
	}
	a["st"] = "status"
	a["co"] = "checkout"
	return a
}

func main() {
	fmt.Println(len(withBuiltins()))
}

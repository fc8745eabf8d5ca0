// A CLI parses -Dkey=value arguments into an options struct declared as a zero value.
package main

import (
	"fmt"
	"strings"
)

type cliOptions struct {
	verbose bool
	defines map[string]string
}

func parseArgs(args []string) cliOptions {
	var o cliOptions
	for _, a := range args {
		switch {
		case a == "-v":
			o.verbose = true
		case strings.HasPrefix(a, "-D"):
			k, v, _ := strings.Cut(a[2:], "=")
			o.defines[k] = v // want "nil map"
		}
	}
	return o
}

func main() {
	o := parseArgs([]string{"-v", "-DGOOS=linux", "build"})
	fmt.Println(o.verbose)
}

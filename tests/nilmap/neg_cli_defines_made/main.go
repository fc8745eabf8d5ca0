// The CLI's options start with a made defines map.
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
	o := cliOptions{defines: map[string]string{}}
	for _, a := range args {
		switch {
		case a == "-v":
			o.verbose = true
		case strings.HasPrefix(a, "-D"):
			k, v, _ := strings.Cut(a[2:], "=")
			o.defines[k] = v
		}
	}
	return o
}

func main() {
	o := parseArgs([]string{"-v", "-DGOOS=linux", "build"})
	fmt.Println(o.verbose, o.defines)
}

// A codec plugin registry filled from init functions in several files. registry.go makes the
// map in its own init, but Go runs a package's init functions in file-name order, so the
// builtin codecs in builtin_codecs.go register before the map exists.
package main

import (
	"fmt"
	"sort"
)

func main() {
	names := make([]string, 0, len(codecs))
	for n := range codecs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, codecs[n].Encode("hi"))
	}
}

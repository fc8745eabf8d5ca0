// A codec plugin registry filled from init functions in several files. The registry map has
// a package-level initializer, and Go initializes package variables before it runs any init
// function, so the builtin codecs in builtin_codecs.go find it made whatever the file order.
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

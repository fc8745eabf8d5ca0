// A build helper keeps its tool versions in a package-level table that init fills: from a pinned
// file's path in BUILD_PINS when that is set, and from built-in defaults otherwise. The table is
// made on both ways of the environment test, so recording a resolved version never hits nil.
package main

import (
	"fmt"
	"os"
	"sort"
)

var versions map[string]string

func init() {
	if pins, ok := os.LookupEnv("BUILD_PINS_UNSET_IN_TESTS"); ok {
		versions = map[string]string{"pins": pins}
	} else {
		versions = map[string]string{"go": "1.26", "protoc": "29.3"}
	}
}

func record(tool, version string) {
	versions[tool] = version
}

func main() {
	record("golangci-lint", "2.1.6")
	names := make([]string, 0, len(versions))
	for n := range versions {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, versions[n])
	}
}

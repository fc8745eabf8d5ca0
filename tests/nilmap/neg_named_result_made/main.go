// The named map result is made before any return.
package main

import (
	"fmt"
	"strings"
)

func columns(csv string) (pos map[string]int) {
	pos = make(map[string]int)
	header, _, found := strings.Cut(csv, "\n")
	if !found {
		return
	}
	for i, name := range strings.Split(header, ",") {
		pos[name] = i
	}
	return
}

func main() {
	pos := columns("id,name,email")
	pos["_row"] = -1
	fmt.Println(pos)
}

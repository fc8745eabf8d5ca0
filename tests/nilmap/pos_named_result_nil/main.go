// A named map result is returned before it is made when the input has no header.
package main

import (
	"fmt"
	"strings"
)

func columns(csv string) (pos map[string]int) {
	header, _, found := strings.Cut(csv, "\n")
	if !found {
		return
	}
	pos = make(map[string]int)
	for i, name := range strings.Split(header, ",") {
		pos[name] = i
	}
	return
}

func main() {
	pos := columns("id,name,email")
	pos["_row"] = -1 // want "nil map"
	fmt.Println(pos)
}

// A CSV importer counts rejected rows by reason. The per-file method takes a local alias of
// the stats map and a small ensure closure makes the map when it is nil, but the closure
// assigns the local alias, not the struct's field, so the write through the field panics.
package main

import (
	"fmt"
	"strings"
)

type importer struct {
	rejected map[string]int
	imported int
}

func (im *importer) importFile(lines []string) {
	rejected := im.rejected
	ensure := func() {
		if rejected == nil {
			rejected = make(map[string]int)
		}
	}
	for _, l := range lines {
		cols := strings.Split(l, ",")
		if len(cols) != 3 {
			ensure()
			im.rejected[fmt.Sprintf("%d columns", len(cols))]++ // want "nil map"
			continue
		}
		im.imported++
	}
}

func main() {
	im := &importer{}
	im.importFile([]string{"1,widget,4.50", "2,gadget", "3,doohickey,1.25"})
	fmt.Println(im.imported, im.rejected)
}

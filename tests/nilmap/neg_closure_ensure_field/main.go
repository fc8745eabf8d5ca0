// A CSV importer counts rejected rows by reason. The per-file method has a small ensure
// closure that makes the struct's stats map when it is nil, and the rejected rows are
// counted through the field after calling it.
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
	ensure := func() {
		if im.rejected == nil {
			im.rejected = make(map[string]int)
		}
	}
	for _, l := range lines {
		cols := strings.Split(l, ",")
		if len(cols) != 3 {
			ensure()
			im.rejected[fmt.Sprintf("%d columns", len(cols))]++
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

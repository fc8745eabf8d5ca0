// A CSV importer tallies rows per country through a helper that "ensures" the tally map; the
// helper takes the map by value, so the map it makes never reaches the caller's variable.
package main

import (
	"fmt"
	"strings"
)

func ensure(m map[string]int) {
	if m == nil {
		m = make(map[string]int)
	}
	_ = m
}

type importer struct {
	perCountry map[string]int
}

func (im *importer) importRows(csv string) {
	ensure(im.perCountry)
	for _, row := range strings.Split(strings.TrimSpace(csv), "\n") {
		fields := strings.Split(row, ",")
		im.perCountry[fields[1]]++ // want "nil map"
	}
}

func main() {
	im := &importer{}
	im.importRows("ada,UK\ngrace,US\nlinus,FI")
	fmt.Println(im.perCountry)
}

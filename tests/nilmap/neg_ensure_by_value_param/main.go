// A CSV importer tallies rows per country through a helper that ensures the tally map; the
// helper takes a pointer to the map, so the map it makes lands in the caller's field.
package main

import (
	"fmt"
	"strings"
)

func ensure(m *map[string]int) {
	if *m == nil {
		*m = make(map[string]int)
	}
}

type importer struct {
	perCountry map[string]int
}

func (im *importer) importRows(csv string) {
	ensure(&im.perCountry)
	for _, row := range strings.Split(strings.TrimSpace(csv), "\n") {
		fields := strings.Split(row, ",")
		im.perCountry[fields[1]]++
	}
}

func main() {
	im := &importer{}
	im.importRows("ada,UK\ngrace,US\nlinus,FI")
	fmt.Println(im.perCountry)
}

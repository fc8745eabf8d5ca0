// Page handlers render through a Renderer interface. The layout renderer adds the common
// fields (site name, year) to the data map it is given; the not-found page has no data of its
// own and passes nil, so the layout makes a map when it is given none.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Renderer interface {
	Render(page string, data map[string]any) string
}

type layout struct {
	site string
	year int
}

func (l layout) Render(page string, data map[string]any) string {
	if data == nil {
		data = make(map[string]any, 2)
	}
	data["site"] = l.site
	data["year"] = l.year
	keys := make([]string, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%v", k, data[k])
	}
	return page + ": " + strings.Join(parts, " ")
}

type pages struct{ r Renderer }

func (p pages) product(id string) string {
	return p.r.Render("product", map[string]any{"id": id})
}

func (p pages) notFound() string { return p.r.Render("404", nil) }

func main() {
	p := pages{r: layout{site: "shop.example", year: 2026}}
	fmt.Println(p.product("sku-42"))
	fmt.Println(p.notFound())
}

// Near miss of the methods nothing calls: a catalog's only maker of its unexported name index is
// its UnmarshalJSON, which no code of the program calls by name. encoding/json calls it through
// its Unmarshaler interface, so the index exists once the catalog is decoded, and the alias
// added afterwards is stored into a made map.
package main

import (
	"encoding/json"
	"fmt"
)

type Product struct {
	SKU  string `json:"sku"`
	Name string `json:"name"`
}

type Catalog struct {
	Products []Product
	bySKU    map[string]int
}

func (c *Catalog) UnmarshalJSON(data []byte) error {
	if err := json.Unmarshal(data, &c.Products); err != nil {
		return err
	}
	c.bySKU = make(map[string]int, len(c.Products))
	for i, p := range c.Products {
		c.bySKU[p.SKU] = i
	}
	return nil
}

func (c *Catalog) alias(old, sku string) {
	c.bySKU[old] = c.bySKU[sku]
}

func main() {
	var c Catalog
	if err := json.Unmarshal([]byte(`[{"sku":"A-1","name":"kettle"},{"sku":"B-2","name":"mug"}]`), &c); err != nil {
		fmt.Println(err)
		return
	}
	c.alias("OLD-9", "B-2")
	fmt.Println(c.Products[c.bySKU["OLD-9"]].Name)
}

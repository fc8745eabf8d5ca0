// A near miss: applyDiscount may drop the price table before it walks it, but the write sits
// inside a range over the same field, and ranging over a nil map runs no iteration.
package main

import "fmt"

type catalog struct {
	prices map[string]float64
}

func (c *catalog) applyDiscount(pct float64, clearFirst bool) {
	if clearFirst {
		c.prices = nil
	}
	for item, price := range c.prices {
		c.prices[item] = price * (1 - pct)
	}
}

func main() {
	c := &catalog{prices: map[string]float64{"tea": 4, "cake": 6}}
	c.applyDiscount(0.5, false)
	fmt.Println(c.prices)
	c.applyDiscount(0.5, true)
	fmt.Println(c.prices == nil)
}

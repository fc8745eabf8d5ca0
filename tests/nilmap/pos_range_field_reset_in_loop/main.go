// applyDiscount walks the price table and drops it when it meets a negative price, then goes
// on writing into the field it just set to nil.
package main

import "fmt"

type catalog struct {
	prices map[string]float64
}

func (c *catalog) applyDiscount(pct float64) {
	for item, price := range c.prices {
		if price < 0 {
			c.prices = nil
		}
		c.prices[item] = price * (1 - pct) // want "nil map"
	}
}

func main() {
	c := &catalog{prices: map[string]float64{"tea": -4}}
	c.applyDiscount(0.5)
	fmt.Println(c.prices)
}

// A price catalog initialises itself lazily with sync.Once, and the function given to Do makes
// the map and loads the feed itself, so Do returns only after the load is done and a lookup
// reads the filled map.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

const feed = "sku-1,1299\nsku-2,450\nsku-3,9900"

type Catalog struct {
	once   sync.Once
	prices map[string]int
	loaded chan struct{}
}

func (c *Catalog) ensure() {
	c.once.Do(func() {
		c.prices = make(map[string]int)
		c.loaded = make(chan struct{})
		c.load()
	})
}

func (c *Catalog) load() {
	defer close(c.loaded)
	for _, line := range strings.Split(feed, "\n") {
		sku, cents, _ := strings.Cut(line, ",")
		n, err := strconv.Atoi(cents)
		if err != nil {
			continue
		}
		c.prices[sku] = n
	}
}

func (c *Catalog) Price(sku string) (int, bool) {
	c.ensure()
	p, ok := c.prices[sku]
	return p, ok
}

func main() {
	c := &Catalog{}
	p, ok := c.Price("sku-2")
	<-c.loaded
	os.Stdout.WriteString("sku-2 " + strconv.Itoa(p) + " " + strconv.FormatBool(ok) + "\n")
}

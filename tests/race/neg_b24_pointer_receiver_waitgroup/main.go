// A catalog warms its cache in a background goroutine tracked by a WaitGroup field; warm
// has a pointer receiver, so Add and Done count on the caller's WaitGroup and its Wait
// returns only after the warmer has written every entry.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type catalog struct {
	wg       sync.WaitGroup
	entries  map[string]string
	progress chan string
}

func newCatalog() *catalog {
	return &catalog{entries: make(map[string]string), progress: make(chan string, 16)}
}

func price(sku string) string {
	n := 0
	for _, r := range sku {
		n = n*31 + int(r)
	}
	return strconv.Itoa(n%9000+1000) + " cents"
}

func (c *catalog) warm(skus []string) {
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		for _, sku := range skus {
			c.entries[sku] = price(sku)
			c.progress <- sku
		}
	}()
}

func main() {
	c := newCatalog()
	skus := []string{"kb-101", "ms-204", "hd-330", "mon-27"}
	c.warm(skus)
	c.wg.Wait()

	lines := make([]string, 0, len(skus))
	for sku, p := range c.entries {
		lines = append(lines, sku+" "+p)
	}
	sort.Strings(lines)
	for range skus {
		<-c.progress
	}
	os.Stdout.WriteString("warm: " + strconv.Itoa(len(lines)) + "\n" + strings.Join(lines, "\n") + "\n")
}

// A price catalog is loaded by a background goroutine that stamps the load time into the map
// and broadcasts on a sync.Cond before unlocking; a request waiting on the Cond wakes after the
// stamp, so its range over the catalog comes after every write.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Catalog struct {
	cond   *sync.Cond
	ready  bool
	prices map[string]int
}

func NewCatalog() *Catalog {
	return &Catalog{cond: sync.NewCond(&sync.Mutex{}), prices: map[string]int{}}
}

func (c *Catalog) load(rows []string, loadedAt int, done chan<- struct{}) {
	defer close(done)
	c.cond.L.Lock()
	for _, row := range rows {
		sku, price, _ := strings.Cut(row, ":")
		n, _ := strconv.Atoi(price)
		c.prices[sku] = n
	}
	c.prices["_loaded_at"] = loadedAt
	c.ready = true
	c.cond.Broadcast()
	c.cond.L.Unlock()
}

func (c *Catalog) Listing() string {
	c.cond.L.Lock()
	for !c.ready {
		c.cond.Wait()
	}
	c.cond.L.Unlock()
	var lines []string
	for sku, p := range c.prices {
		if !strings.HasPrefix(sku, "_") {
			lines = append(lines, sku+"="+strconv.Itoa(p))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, " ")
}

func main() {
	c := NewCatalog()
	done := make(chan struct{})
	go c.load([]string{"kb-01:4900", "ms-02:2900", "hd-07:12900"}, 1714560000, done)
	listing := c.Listing()
	<-done
	os.Stdout.WriteString(listing + "\n")
}

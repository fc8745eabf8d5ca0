// A geo-IP service loads its prefix table in the background and signals readiness by closing a
// channel. Load closes ready only after it has filled the table, so a lookup that waited on ready
// reads a finished table. Load then stays in its refresh loop until Close. The near miss of
// pos_b15_ready_closed_before_fill.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type row struct {
	prefix, country string
}

type GeoDB struct {
	ready chan struct{}
	quit  chan struct{}
	table map[string]string
	wg    sync.WaitGroup
}

func NewGeoDB() *GeoDB {
	return &GeoDB{
		ready: make(chan struct{}),
		quit:  make(chan struct{}),
		table: make(map[string]string),
	}
}

func (g *GeoDB) Load(rows []row) {
	defer g.wg.Done()
	for _, r := range rows {
		g.table[r.prefix] = r.country
	}
	close(g.ready)
	// Keep watching for a new database file until the service stops.
	<-g.quit
}

func prefixOf(ip string) string {
	parts := strings.Split(ip, ".")
	if len(parts) < 2 {
		return ip
	}
	return parts[0] + "." + parts[1]
}

func (g *GeoDB) Lookup(ip string) string {
	<-g.ready
	if c, ok := g.table[prefixOf(ip)]; ok {
		return c
	}
	return "unknown"
}

func (g *GeoDB) Close() {
	close(g.quit)
	g.wg.Wait()
}

func main() {
	db := NewGeoDB()
	db.wg.Add(1)
	go db.Load([]row{
		{"81.2", "FR"}, {"62.30", "DE"}, {"151.101", "US"}, {"203.0", "AU"},
	})
	for _, ip := range []string{"62.30.4.1", "10.0.0.7"} {
		fmt.Println(ip, db.Lookup(ip))
	}
	db.Close()
}

// A rate-table cache guards refreshes with a one-slot channel taken by a non-blocking select;
// when the slot is busy the refresh reports the contention and then waits for the slot, so the
// two refreshes store into the table one after the other.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
)

type RateCache struct {
	slot        chan struct{}
	rates       map[string]int
	onContended func(region string)
}

func (c *RateCache) Refresh(region string, fetch func(string) int) {
	select {
	case c.slot <- struct{}{}:
		defer func() { <-c.slot }()
	default:
		c.onContended(region)
		c.slot <- struct{}{}
		defer func() { <-c.slot }()
	}
	rate := fetch(region)
	c.rates[region] = rate
}

func (c *RateCache) Dump() string {
	var parts []string
	for region, r := range c.rates {
		parts = append(parts, region+"="+strconv.Itoa(r))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func main() {
	contended := make(chan string, 1)
	c := &RateCache{
		slot:        make(chan struct{}, 1),
		rates:       map[string]int{},
		onContended: func(region string) { contended <- region },
	}
	begin := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-begin
		c.Refresh("eu", func(string) int { return 118 })
	}()
	c.Refresh("us", func(string) int {
		close(begin)
		<-contended
		return 100
	})
	<-done
	os.Stdout.WriteString(c.Dump() + "\n")
}

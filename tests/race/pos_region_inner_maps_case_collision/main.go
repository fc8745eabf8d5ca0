// A billing job aggregates usage per region with one goroutine per input feed. The outer map
// of per-region tables is built before the goroutines start and only read by them; each feed
// writes the table of its region. Two feeds spell the region differently ("EU", "eu"), the
// lookup normalises the name, and both goroutines write the same inner map.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Feed struct {
	Region  string
	Records []Record
}

type Record struct {
	Customer string
	Cents    int
}

type Aggregator struct {
	byRegion map[string]map[string]int // region -> customer -> cents
}

func NewAggregator(feeds []Feed) *Aggregator {
	a := &Aggregator{byRegion: make(map[string]map[string]int)}
	for _, f := range feeds {
		a.byRegion[f.Region] = make(map[string]int)
	}
	return a
}

func (a *Aggregator) tableFor(region string) map[string]int {
	if t, ok := a.byRegion[region]; ok {
		return t
	}
	return a.byRegion[strings.ToLower(region)]
}

func (a *Aggregator) consume(f Feed, start *sync.WaitGroup) {
	table := a.tableFor(strings.ToLower(f.Region)) // root cause
	start.Done()
	start.Wait()
	for _, r := range f.Records {
		table[r.Customer] += r.Cents // want "concurrent map write"
	}
}

func main() {
	feeds := []Feed{
		{Region: "eu", Records: []Record{{"acme", 1200}}},
		{Region: "EU", Records: []Record{{"globex", 800}}},
	}
	a := NewAggregator(feeds)
	var start, done sync.WaitGroup
	start.Add(len(feeds))
	done.Add(len(feeds))
	for _, f := range feeds {
		go func() {
			defer done.Done()
			a.consume(f, &start)
		}()
	}
	done.Wait()
	regions := make([]string, 0, len(a.byRegion))
	for r := range a.byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Println(r, a.byRegion[r])
	}
}

// A build dashboard keeps durations per artifact kind and target in a map of maps, one inner map
// per kind made by a loop that counts up to numKinds, the count kept as the type's last
// constant. Every kind a build reports is below numKinds, so each write finds a made inner map.
// The near miss of pos_b18_nested_map_weekday_slots_workdays_only.
package main

import (
	"fmt"
	"time"
)

type Kind int

const (
	Binary Kind = iota
	Library
	Image
	numKinds
)

func (k Kind) String() string {
	return [...]string{"binary", "library", "image"}[k]
}

type Dashboard struct {
	took map[Kind]map[string]time.Duration
}

func NewDashboard() *Dashboard {
	d := &Dashboard{took: map[Kind]map[string]time.Duration{}}
	for k := Binary; k < numKinds; k++ {
		d.took[k] = map[string]time.Duration{}
	}
	return d
}

func (d *Dashboard) Record(kind Kind, target string, took time.Duration) error {
	if took <= 0 {
		return fmt.Errorf("%s %s: no duration", kind, target)
	}
	d.took[kind][target] += took
	return nil
}

func main() {
	d := NewDashboard()
	builds := []struct {
		kind   Kind
		target string
		took   time.Duration
	}{
		{Binary, "cli", 3 * time.Second},
		{Image, "api", 40 * time.Second},
		{Library, "core", 0},
	}
	for _, b := range builds {
		if err := d.Record(b.kind, b.target, b.took); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(d.took[Binary]["cli"], d.took[Image]["api"])
}

// A report seeds only Monday's inner map and skips every event of another day before writing.
package main

import "fmt"

type event struct {
	day, user string
}

func main() {
	events := []event{{"mon", "alice"}, {"mon", "bob"}, {"tue", "alice"}}
	perDay := map[string]map[string]int{"mon": {}}
	for _, e := range events {
		if e.day != "mon" {
			continue
		}
		perDay[e.day][e.user]++
	}
	fmt.Println(perDay)
}

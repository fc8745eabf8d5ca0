// A report groups events by day and user; the inner map exists only for the days seeded up front.
package main

import "fmt"

type event struct {
	day, user string
}

func main() {
	events := []event{{"mon", "alice"}, {"mon", "bob"}, {"tue", "alice"}}
	perDay := map[string]map[string]int{"mon": {}}
	for _, e := range events {
		perDay[e.day][e.user]++ // want "nil map|inner map"
	}
	fmt.Println(perDay)
}

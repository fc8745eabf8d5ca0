// The report seeds an inner map for every day it knows, in a loop, before grouping events.
package main

import "fmt"

type event struct {
	day, user string
}

func main() {
	days := []string{"mon", "tue"}
	events := []event{{"mon", "alice"}, {"mon", "bob"}, {"tue", "alice"}}
	perDay := map[string]map[string]int{"mon": {}}
	for _, d := range days {
		perDay[d] = map[string]int{}
	}
	for _, e := range events {
		perDay[e.day][e.user]++
	}
	fmt.Println(perDay)
}

// Every day the report writes is seeded with an inner map in the literal.
package main

import "fmt"

type event struct {
	day, user string
}

func main() {
	events := []event{{"mon", "alice"}, {"mon", "bob"}, {"tue", "alice"}}
	perDay := map[string]map[string]int{"mon": {}, "tue": {}}
	for _, e := range events {
		perDay[e.day][e.user]++
	}
	fmt.Println(perDay)
}

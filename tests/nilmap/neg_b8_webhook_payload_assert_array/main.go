// A webhook relay decodes each delivery's payload into an untyped value and adds a
// "relayed_by" field before forwarding it. A payload that is not a JSON object (one sender
// posts an array) is wrapped into a new object under "items", so the relay always writes into
// a made map.
package main

import (
	"encoding/json"
	"fmt"
	"log"
)

type Delivery struct {
	Source  string
	Payload json.RawMessage
}

func relay(d Delivery, node string) ([]byte, error) {
	var body any
	if err := json.Unmarshal(d.Payload, &body); err != nil {
		return nil, fmt.Errorf("%s: %w", d.Source, err)
	}
	obj, ok := body.(map[string]any)
	if !ok {
		obj = map[string]any{"items": body}
	}
	obj["relayed_by"] = node
	return json.Marshal(obj)
}

func main() {
	deliveries := []Delivery{
		{Source: "github", Payload: json.RawMessage(`{"action":"opened","number":7}`)},
		{Source: "legacy-ci", Payload: json.RawMessage(`[{"job":"build","status":"ok"}]`)},
	}
	for _, d := range deliveries {
		out, err := relay(d, "relay-eu-1")
		if err != nil {
			log.Println("skip:", err)
			continue
		}
		fmt.Println(d.Source, string(out))
	}
}

// Reduced from openai/openai-go/v3 v3.105.0, internal/websockettest/helpers_test.go:150, where
// mapscope check reported `object["stream_id"] = streamID` as a write to a nil map, `object`
// set to nil by decoding a JSON null. The test helper decodes each server frame of a recorded
// scenario into `var object map[string]any` and tags it with a stream id; the frames are the
// elements of a list in a fixture document that ships with the module (testdata, read by a
// constant path), and none of them is null (some members inside them are). A near miss: a
// json.RawMessage is taken as possibly null wherever it comes from, and the fixed document
// that holds it is not read. Here the document is embedded, as fixed as a file of testdata.
// Our own rewrite.
package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed scenarios.json
var recorded []byte

type scenario struct {
	ID     string            `json:"id"`
	Frames []json.RawMessage `json:"frames"`
}

func loadScenarios() []scenario {
	var doc struct {
		Version   int        `json:"version"`
		Scenarios []scenario `json:"scenarios"`
	}
	if err := json.Unmarshal(recorded, &doc); err != nil || doc.Version != 1 {
		panic(fmt.Sprint("bad fixture: ", err))
	}
	return doc.Scenarios
}

// tagged returns the frame with its stream id set.
func tagged(frame json.RawMessage, stream string) json.RawMessage {
	var object map[string]any
	if err := json.Unmarshal(frame, &object); err != nil {
		panic(err)
	}
	object["stream"] = stream
	out, err := json.Marshal(object)
	if err != nil {
		panic(err)
	}
	return out
}

func main() {
	for _, s := range loadScenarios() {
		for i, frame := range s.Frames {
			a, b := tagged(frame, "a"), tagged(frame, "b")
			fmt.Println(s.ID, i, len(a), len(b))
		}
	}
}

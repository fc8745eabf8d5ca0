// A real bug found by mapscope check in matrix-org/dendrite v0.13.8,
// roomserver/internal/perform/perform_create_room.go:100 and :103: PerformCreateRoom decodes the
// request's creation_content into a made map when it is not empty, then sets "creator" (before
// room version 11) and "room_version" in it. A /createRoom body with `"creation_content": null` leaves the
// json.RawMessage holding the four bytes `null`, which the client API's validation accepts (it
// decodes them into a struct), and json.Unmarshal of `null` into the map sets the map to nil:
// the next write panics. This program is our own reproduction of that shape, not the project's
// code.
package main

import (
	"encoding/json"
	"fmt"
)

type createRoomRequest struct {
	RoomVersion     string          `json:"room_version"`
	CreationContent json.RawMessage `json:"creation_content"`
}

type createContent struct {
	Federate *bool `json:"m.federate,omitempty"`
}

func validate(r createRoomRequest) error {
	creationContentBytes, err := json.Marshal(r.CreationContent)
	if err != nil {
		return err
	}
	var content createContent
	return json.Unmarshal(creationContentBytes, &content)
}

func performCreateRoom(r createRoomRequest) (map[string]interface{}, error) {
	content := map[string]interface{}{}
	if len(r.CreationContent) > 0 {
		if err := json.Unmarshal(r.CreationContent, &content); err != nil {
			return nil, err
		}
	}
	content["room_version"] = r.RoomVersion // want "nil map"
	return content, nil
}

func main() {
	var r createRoomRequest
	if err := json.Unmarshal([]byte(`{"room_version": "10", "creation_content": null}`), &r); err != nil {
		panic(err)
	}
	if err := validate(r); err != nil {
		panic(err)
	}
	content, err := performCreateRoom(r)
	fmt.Println(content, err)
}

// A nested config section is present in the JSON but its "mime" map is not.
package main

import (
	"encoding/json"
	"fmt"
)

type Static struct {
	Root string            `json:"root"`
	Mime map[string]string `json:"mime"`
}

type Server struct {
	Listen string `json:"listen"`
	Static Static `json:"static"`
}

func main() {
	var s Server
	data := []byte(`{"listen": ":80", "static": {"root": "/srv/www"}}`)
	if err := json.Unmarshal(data, &s); err != nil {
		panic(err)
	}
	s.Static.Mime[".wasm"] = "application/wasm" // want "nil map"
	fmt.Println(s.Listen, s.Static.Root)
}

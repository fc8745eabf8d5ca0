// Defaults are made before decoding, but the JSON sets "headers" to null, which makes the map nil.
package main

import (
	"encoding/json"
	"fmt"
)

type Upstream struct {
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers"`
}

func decode(data string) (*Upstream, error) {
	u := &Upstream{Headers: map[string]string{"Accept": "*/*"}}
	if err := json.Unmarshal([]byte(data), u); err != nil {
		return nil, err
	}
	return u, nil
}

func main() {
	u, err := decode(`{"url": "http://10.0.0.2:9000", "headers": null}`)
	if err != nil {
		panic(err)
	}
	u.Headers["X-Forwarded-By"] = "gateway" // want "nil map"
	fmt.Println(u.URL)
}

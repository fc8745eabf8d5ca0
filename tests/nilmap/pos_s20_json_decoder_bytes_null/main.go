// A feature-flag service reads each environment's overrides through a json.Decoder over the
// stored bytes. The overrides start from a made default map, but the production document
// says "flags": null, which the decoder turns into a nil map, so pinning the kill switch
// panics.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Overrides struct {
	Env   string          `json:"env"`
	Flags map[string]bool `json:"flags"`
}

func parseOverrides(doc []byte) (Overrides, error) {
	o := Overrides{Flags: map[string]bool{"beta-ui": false}}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	if err := dec.Decode(&o); err != nil {
		return Overrides{}, err
	}
	return o, nil
}

func pinKillSwitch(o *Overrides) {
	o.Flags["kill-switch"] = false // want "nil map"
}

func main() {
	o, err := parseOverrides([]byte(`{"env": "production", "flags": null}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	pinKillSwitch(&o)
	fmt.Println(o.Env, len(o.Flags))
}

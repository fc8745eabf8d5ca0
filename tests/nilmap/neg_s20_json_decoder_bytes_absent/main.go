// A feature-flag service reads each environment's overrides through a json.Decoder over the
// stored bytes. The overrides start from a made default map; the staging document has no
// "flags" key, so the decoder leaves the default map in place and pinning the kill switch
// writes into it.
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
	o.Flags["kill-switch"] = false
}

func main() {
	o, err := parseOverrides([]byte(`{"env": "staging", "note": "no overrides"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	pinKillSwitch(&o)
	fmt.Println(o.Env, len(o.Flags))
}

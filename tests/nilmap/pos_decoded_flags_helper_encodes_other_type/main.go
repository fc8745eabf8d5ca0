// The near miss neg_real_rod_flags_decoded_in_return made wrong: the module's encoding helper
// serves the manager's status, not a launcher, so the JSON the constructor decodes has no
// "flags" and the map it reset to nil stays nil when the caller sets a flag.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Launcher struct {
	Flags   map[string][]string `json:"flags"`
	managed bool
}

func New() *Launcher {
	return &Launcher{Flags: map[string][]string{"headless": nil, "no-sandbox": nil}}
}

// mustToJSON is the module's one encoding helper, for any value.
func mustToJSON(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return data
}

type status struct {
	Version string `json:"version"`
	Ready   bool   `json:"ready"`
}

// settings is what the manager serves: its status.
func settings() string {
	return string(mustToJSON(status{Version: "1.0", Ready: true}))
}

func NewManaged(served io.Reader) (*Launcher, error) {
	if served == nil {
		return nil, fmt.Errorf("the manager served nothing")
	}
	l := New()
	l.managed = true
	// The manager's flags replace the local defaults.
	l.Flags = nil
	return l, json.NewDecoder(served).Decode(l)
}

func MustNewManaged(served io.Reader) *Launcher {
	l, err := NewManaged(served)
	check(err)
	l.Set("disable-http2")
	return l
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func (l *Launcher) Set(name string, values ...string) *Launcher {
	l.Flags[name] = values // want "nil map"
	return l
}

func main() {
	l := MustNewManaged(strings.NewReader(settings()))
	l.Set("disable-gpu").Set("window-size", "1600", "900")
	fmt.Println(len(l.Flags), l.managed)
}

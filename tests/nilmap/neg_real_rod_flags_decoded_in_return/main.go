// A browser launcher asks a remote manager for its settings (go-rod's launcher.NewManaged): the
// constructor drops the local default flags and decodes the manager's JSON into the launcher in
// its return statement. The manager always serves a launcher's JSON, encoded by the module's
// helper for any value, whose "flags" is an object, so the decoder makes the map again before
// the caller sets a flag on it.
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

// settings is what the manager serves: the JSON of its own default launcher.
func settings() string {
	return string(mustToJSON(New()))
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
	l.Flags[name] = values
	return l
}

func main() {
	l := MustNewManaged(strings.NewReader(settings()))
	l.Set("disable-gpu").Set("window-size", "1600", "900")
	fmt.Println(len(l.Flags), l.managed)
}

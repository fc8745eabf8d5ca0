// A notifier registers plugin types by reflect.Type and builds them by name with reflect.New,
// which yields a zero struct, then decodes the plugin's JSON settings into it. The webhook's
// Headers map is exported and the settings carry it, so the decode makes the map before the
// plugin adds its own header to it.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
)

type Plugin interface {
	AddHeader(key, value string)
	Describe() string
}

type webhook struct {
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers"`
}

func (w *webhook) AddHeader(key, value string) {
	w.Headers[key] = value
}

func (w *webhook) Describe() string {
	keys := make([]string, 0, len(w.Headers))
	for k := range w.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprint(w.URL, " ", keys)
}

var registry = map[string]reflect.Type{}

func register(name string, sample Plugin) {
	registry[name] = reflect.TypeOf(sample).Elem()
}

func build(name string, settings []byte) (Plugin, error) {
	t, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("unknown plugin %q", name)
	}
	p := reflect.New(t).Interface().(Plugin)
	if err := json.Unmarshal(settings, p); err != nil {
		return nil, err
	}
	p.AddHeader("User-Agent", "notifier/2.1")
	return p, nil
}

func main() {
	register("webhook", (*webhook)(nil))
	p, err := build("webhook", []byte(`{"url": "https://hooks.example.com/a1", "headers": {"X-Token": "t0k"}}`))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(p.Describe())
}

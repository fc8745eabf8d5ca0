// A telemetry agent registers exporter types by reflect.Type and builds them by name with
// reflect.New, which yields a zero struct; the builder calls the exporter's Init hook, which makes
// the options map, before Configure writes each option of the config file into it.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Exporter interface {
	Configure(key, value string)
	Describe() string
}

type otlpExporter struct {
	opts map[string]string
}

func (e *otlpExporter) Configure(key, value string) {
	e.opts[key] = value
}

func (e *otlpExporter) Init() {
	e.opts = make(map[string]string)
}

func (e *otlpExporter) Describe() string {
	keys := make([]string, 0, len(e.opts))
	for k := range e.opts {
		keys = append(keys, k+"="+e.opts[k])
	}
	sort.Strings(keys)
	return fmt.Sprint("otlp ", keys)
}

var registry = map[string]reflect.Type{}

func registerType(name string, sample Exporter) {
	registry[name] = reflect.TypeOf(sample).Elem()
}

func build(name string, options map[string]string) (Exporter, error) {
	t, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("unknown exporter %q", name)
	}
	e := reflect.New(t).Interface().(Exporter)
	if i, ok := e.(interface{ Init() }); ok {
		i.Init()
	}
	for k, v := range options {
		e.Configure(k, v)
	}
	return e, nil
}

func main() {
	registerType("otlp", (*otlpExporter)(nil))
	for _, name := range []string{"zipkin", "otlp"} {
		e, err := build(name, map[string]string{"endpoint": "collector:4317", "insecure": "true"})
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Println(e.Describe())
	}
}

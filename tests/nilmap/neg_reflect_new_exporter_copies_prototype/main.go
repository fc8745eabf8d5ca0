// A telemetry agent registers exporter prototypes and builds exporters by name with
// reflect.New, then copies the registered prototype into the new value with reflect's Set; the
// prototype's options map was made when it was registered, so Configure writes a made map.
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

func (e *otlpExporter) Describe() string {
	keys := make([]string, 0, len(e.opts))
	for k := range e.opts {
		keys = append(keys, k+"="+e.opts[k])
	}
	sort.Strings(keys)
	return fmt.Sprint("otlp ", keys)
}

var prototypes = map[string]Exporter{}

func register(name string, proto Exporter) {
	prototypes[name] = proto
}

func build(name string, options map[string]string) (Exporter, error) {
	proto, ok := prototypes[name]
	if !ok {
		return nil, fmt.Errorf("unknown exporter %q", name)
	}
	src := reflect.ValueOf(proto).Elem()
	v := reflect.New(src.Type())
	v.Elem().Set(src)
	e := v.Interface().(Exporter)
	for k, val := range options {
		e.Configure(k, val)
	}
	return e, nil
}

func main() {
	register("otlp", &otlpExporter{opts: map[string]string{"protocol": "grpc"}})
	for _, name := range []string{"zipkin", "otlp"} {
		e, err := build(name, map[string]string{"endpoint": "collector:4317"})
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Println(e.Describe())
	}
}

// A metrics exporter takes functional options. WithConstLabels copies the caller's labels into
// the set the constructor made, so a config without a labels section (a nil map) leaves the
// set empty and New can add the "service" label.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Exporter struct {
	endpoint string
	labels   map[string]string
}

type Option func(*Exporter)

func WithEndpoint(url string) Option { return func(e *Exporter) { e.endpoint = url } }

func WithConstLabels(l map[string]string) Option {
	return func(e *Exporter) {
		for k, v := range l {
			e.labels[k] = v
		}
	}
}

func New(service string, opts ...Option) *Exporter {
	e := &Exporter{endpoint: "http://localhost:9091", labels: map[string]string{}}
	for _, o := range opts {
		o(e)
	}
	e.labels["service"] = service
	return e
}

func (e *Exporter) Describe() string {
	keys := make([]string, 0, len(e.labels))
	for k := range e.labels {
		keys = append(keys, k+"="+e.labels[k])
	}
	sort.Strings(keys)
	return e.endpoint + " {" + strings.Join(keys, ",") + "}"
}

type fileConfig struct {
	Pushgateway string
	Labels      map[string]string
}

func loadConfig() fileConfig {
	return fileConfig{Pushgateway: "http://push:9091"}
}

func main() {
	cfg := loadConfig()
	e := New("billing", WithEndpoint(cfg.Pushgateway), WithConstLabels(cfg.Labels))
	fmt.Println(e.Describe())
}

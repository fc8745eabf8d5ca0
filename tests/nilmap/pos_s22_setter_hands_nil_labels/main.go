// A tracing exporter takes its resource labels through a setter, and the caller hands it the
// labels of its config, which stay nil when the config has no labels section. Adding the
// service name afterwards writes into the nil map the setter installed over the made one.
package main

import "fmt"

type exporter struct {
	endpoint string
	labels   map[string]string
}

func newExporter(endpoint string) *exporter {
	return &exporter{endpoint: endpoint, labels: map[string]string{}}
}

func (e *exporter) setLabels(l map[string]string) {
	e.labels = l
}

func (e *exporter) addLabel(k, v string) {
	e.labels[k] = v // want "nil map"
}

type config struct {
	endpoint string
	labels   map[string]string
}

func load() config {
	return config{endpoint: "http://collector:4318"}
}

func main() {
	cfg := load()
	e := newExporter(cfg.endpoint)
	e.setLabels(cfg.labels)
	e.addLabel("service", "billing")
	fmt.Println(e.endpoint, e.labels)
}

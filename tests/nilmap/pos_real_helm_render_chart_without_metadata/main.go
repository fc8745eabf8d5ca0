// A real bug found by mapscope check in helm.sh/helm/v4 v4.3.2, pkg/engine/engine.go:569:
// recAllTpls sets `chartMetaData["IsRoot"]` on the map that the chart accessor's MetadataAsMap
// returns, and MetadataAsMap returns a nil map for a chart whose Metadata is nil
// (pkg/chart/common.go:61), which the Chart type's own getters (Name, AppVersion) allow. So
// engine.Render, an exported function, panics on a chart built in code without metadata; the
// helm command itself validates the charts it loads (Metadata is required) before rendering.
// Confirmed by calling engine.Render on `&chart.Chart{Templates: ...}`. This program is our own
// reproduction of that shape, not the project's code.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type metadata struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type chart struct {
	Metadata  *metadata
	Templates map[string]string
	parent    *chart
}

func (c *chart) name() string {
	if c.Metadata == nil {
		return ""
	}
	return c.Metadata.Name
}

func (c *chart) isRoot() bool { return c.parent == nil }

type accessor struct{ chart *chart }

func structToMap(v any) (map[string]any, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out map[string]any
	err = json.Unmarshal(data, &out)
	return out, err
}

func (a *accessor) metadataAsMap() map[string]any {
	var ret map[string]any
	if a.chart.Metadata == nil {
		return ret
	}
	ret, err := structToMap(a.chart.Metadata)
	if err != nil {
		fmt.Println("error converting metadata to map:", err)
	}
	return ret
}

func allTemplates(c *chart, values map[string]any) map[string]string {
	a := &accessor{chart: c}
	chartMetaData := a.metadataAsMap()
	chartMetaData["IsRoot"] = a.chart.isRoot() // want "nil map"
	scope := map[string]any{"Chart": chartMetaData, "Values": values}
	rendered := make(map[string]string)
	for path, text := range c.Templates {
		rendered[path] = strings.ReplaceAll(text, "{{ .Chart.Name }}", fmt.Sprint(scope["Chart"].(map[string]any)["name"]))
	}
	return rendered
}

func render(c *chart, values map[string]any) map[string]string {
	return allTemplates(c, values)
}

func main() {
	named := &chart{Metadata: &metadata{Name: "web", Version: "1.0.0"}, Templates: map[string]string{"templates/cm.yaml": "name: {{ .Chart.Name }}"}}
	fmt.Println(render(named, nil)["templates/cm.yaml"], named.name())
	unnamed := &chart{Templates: map[string]string{"templates/cm.yaml": "name: {{ .Chart.Name }}"}}
	fmt.Println(render(unnamed, nil)["templates/cm.yaml"], unnamed.name())
}

// A protoc plugin's generator is built bare (`&generator{}`, skipping the constructor that makes
// its maps) for a run that names proto files: the loop over the files writes into the nil
// fileToPackage map. The positive beside neg_real_psrpc_bare_generator_without_files, whose
// request has no files.
package main

import (
	"fmt"
	"os"
	"strings"
)

type request struct {
	parameter  string
	protoFiles []string
}

type generator struct {
	importMap     map[string]string
	fileToPackage map[string]string
}

func newGenerator() *generator {
	return &generator{importMap: make(map[string]string), fileToPackage: make(map[string]string)}
}

// fail reports a bad invocation and ends the plugin, as protoc expects.
func fail(msg string) {
	fmt.Fprintln(os.Stderr, "error:", msg)
	os.Exit(1)
}

func parseParams(parameter string) (map[string]string, error) {
	params := make(map[string]string)
	for _, p := range strings.Split(parameter, ",") {
		if p == "" {
			continue
		}
		k, v, ok := strings.Cut(p, "=")
		if !ok || v == "" {
			return nil, fmt.Errorf("invalid parameter %q: expected k=v", p)
		}
		params[k] = v
	}
	return params, nil
}

func (g *generator) generate(in *request) int {
	params, err := parseParams(in.parameter)
	if err != nil {
		fail(err.Error())
	}
	g.importMap = params
	for _, f := range in.protoFiles {
		g.fileToPackage[f] = strings.TrimSuffix(f, ".proto") // want "nil map"
	}
	return len(g.fileToPackage)
}

func main() {
	full := newGenerator().generate(&request{parameter: "paths=source_relative", protoFiles: []string{"a.proto", "b.proto"}})
	// A second run reuses no state, so it builds a bare generator.
	dry := (&generator{}).generate(&request{parameter: "paths=source_relative", protoFiles: []string{"c.proto"}})
	fmt.Println(full, dry)
}

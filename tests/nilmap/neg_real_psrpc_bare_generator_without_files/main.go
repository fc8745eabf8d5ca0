// Reduced from livekit/psrpc v0.8.2, protoc-gen-psrpc/generator.go:132, where mapscope check
// reported a nil-map write to `t.fileToGoPackageName` when TestGenerateParseCommandLineParamsError
// calls Generate on a bare `&psrpc{}` (generator_test.go:27). The generator descends from
// twirp's, and so does the test: its request sets only an invalid parameter, so the parse fails
// and gen.Fail exits the process (neg_real_twirp_fail_exits_before_write has that defence);
// besides, the request names no proto files, so the loop that writes the map would not run
// either. A near miss with the second defence alone: a generator built without its constructor
// is given a valid request without files. Our own rewrite.
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
		g.fileToPackage[f] = strings.TrimSuffix(f, ".proto")
	}
	return len(g.fileToPackage)
}

func main() {
	full := newGenerator().generate(&request{parameter: "paths=source_relative", protoFiles: []string{"a.proto", "b.proto"}})
	// A dry run checks the parameters alone: no files, so the bare generator's map stays unwritten.
	dry := (&generator{}).generate(&request{parameter: "paths=source_relative"})
	fmt.Println(full, dry)
}

// A deploy tool reads a service spec file: top-level KEY=value lines, then an "[env]" section
// whose header makes the spec's environment map. This spec inlines a CA bundle on one line
// longer than bufio.Scanner's default 64 KiB token limit, so the scan stops there, the parser
// never checks sc.Err(), and stamping DEPLOYED_BY into the environment writes into a nil map.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type Spec struct {
	Name     string
	Image    string
	CABundle string
	Env      map[string]string
}

func parseSpec(r io.Reader) *Spec {
	spec := &Spec{}
	section := ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.Trim(line, "[]")
			if section == "env" {
				spec.Env = make(map[string]string)
			}
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		switch {
		case section == "env":
			spec.Env[key] = value
		case key == "NAME":
			spec.Name = value
		case key == "IMAGE":
			spec.Image = value
		case key == "CA_BUNDLE":
			spec.CABundle = value
		}
	}
	return spec
}

func specFile() string {
	bundle := strings.Repeat("MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQG", 1200)
	return "# web frontend\nNAME=web\nIMAGE=registry.local/web:1.42\nCA_BUNDLE=" + bundle +
		"\n\n[env]\nPORT=8080\nLOG_LEVEL=info\n"
}

func main() {
	spec := parseSpec(strings.NewReader(specFile()))
	spec.Env["DEPLOYED_BY"] = "ci-pipeline" // want "nil map"
	fmt.Printf("deploying %s (%s), bundle %d bytes\n", spec.Name, spec.Image, len(spec.CABundle))
	for k, v := range spec.Env {
		fmt.Printf("  %s=%s\n", k, v)
	}
}

// Reduced from github.com/twitchtv/twirp v8.1.3+incompatible, protoc-gen-twirp/generator.go:176
// as TestGenerateParseCommandLineParamsError drives it: a zero generator, whose name table is
// nil, is run on a parameter that does not parse, in a child process; the parse error goes to a
// helper that logs and exits the process, so the registration that writes the table is never
// reached, and the parent sees the child's exit status 1. A near miss: the write counts as
// reached by every call, since the helper is not known to end the process and the failed parse
// is not followed from the constant argument. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"strings"
)

type generator struct {
	aliases map[string]string
	prefix  string
}

func newGenerator() *generator {
	return &generator{aliases: make(map[string]string)}
}

// fail reports a fatal error of the plugin and ends the process.
func fail(msg string) {
	log.Print("error: ", msg)
	os.Exit(1)
}

func parseParams(param string) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range strings.Split(param, ",") {
		k, v, ok := strings.Cut(p, "=")
		if !ok || v == "" {
			return nil, fmt.Errorf("invalid parameter %q", p)
		}
		out[k] = v
	}
	return out, nil
}

func (g *generator) generate(param string) int {
	params, err := parseParams(param)
	if err != nil {
		fail(err.Error())
	}
	g.prefix = params["prefix"]
	for _, name := range []string{"context", "http", "json"} {
		g.aliases[name] = g.prefix + name
	}
	return len(g.aliases)
}

func main() {
	if os.Getenv("GEN_CHILD") == "1" {
		log.SetOutput(io.Discard)
		g := &generator{}
		g.generate("invalid")
		return
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "GEN_CHILD=1")
	var exit *exec.ExitError
	if err := cmd.Run(); !errors.As(err, &exit) || exit.ExitCode() != 1 {
		fmt.Println("child did not fail:", err)
		os.Exit(2)
	}
	fmt.Println(newGenerator().generate("prefix=pb_"))
}

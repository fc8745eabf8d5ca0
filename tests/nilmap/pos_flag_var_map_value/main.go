// A deploy CLI accepts repeated -label key=value flags through a map-typed flag.Value. The
// labels variable is declared as a zero value and handed to the flag set as is, so the flag
// package's first call to Set writes into a nil map.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type labelFlag map[string]string

func (l labelFlag) String() string {
	pairs := make([]string, 0, len(l))
	for k, v := range l {
		pairs = append(pairs, k+"="+v)
	}
	sort.Strings(pairs)
	return strings.Join(pairs, ",")
}

func (l labelFlag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || k == "" {
		return fmt.Errorf("label %q: want key=value", s)
	}
	l[k] = v // want "nil map"
	return nil
}

type deployment struct {
	service  string
	replicas int
	labels   map[string]string
}

func parseArgs(args []string) (*deployment, error) {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	var labels labelFlag
	fs.Var(labels, "label", "a key=value label (repeatable)")
	replicas := fs.Int("replicas", 1, "number of replicas")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() != 1 {
		return nil, fmt.Errorf("want one service name, got %d", fs.NArg())
	}
	return &deployment{service: fs.Arg(0), replicas: *replicas, labels: labels}, nil
}

func main() {
	d, err := parseArgs([]string{"-replicas", "3", "-label", "team=payments", "-label", "tier=web", "checkout"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Println(d.service, d.replicas, labelFlag(d.labels))
}

// A deploy CLI takes repeated -label key=value flags into a map type that implements flag.Value.
// The labels variable is declared but never made, so the first -label the flag package hands to
// Set writes into a nil map.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

// labelSet collects -label flags; its methods use the value receiver, as map types usually do.
type labelSet map[string]string

func (l labelSet) String() string {
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k+"="+l[k])
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}

func (l labelSet) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || k == "" {
		return fmt.Errorf("label %q: want key=value", s)
	}
	l[k] = v // want "nil map"
	return nil
}

type options struct {
	image    string
	replicas int
	labels   labelSet
}

func parse(args []string) (*options, error) {
	var o options
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.StringVar(&o.image, "image", "", "image to deploy")
	fs.IntVar(&o.replicas, "replicas", 1, "replica count")
	fs.Var(&o.labels, "label", "key=value label (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return &o, nil
}

func main() {
	o, err := parse([]string{"-image", "registry.local/api:1.42", "-label", "team=payments", "-label", "tier=web"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Printf("deploying %s x%d with labels %s\n", o.image, o.replicas, o.labels)
}

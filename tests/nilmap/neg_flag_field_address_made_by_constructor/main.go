// A deploy CLI registers its repeated -label key=value flag on the address of a map-typed
// options field; the options come from a constructor that makes the map, so every -label the
// flag package hands to Set has a map to go in.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

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
	l[k] = v
	return nil
}

type options struct {
	image  string
	labels labelSet
}

func newOptions() *options {
	return &options{labels: labelSet{"managed-by": "deploy"}}
}

func parse(args []string) (*options, error) {
	o := newOptions()
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.StringVar(&o.image, "image", "", "image to deploy")
	fs.Var(&o.labels, "label", "key=value label (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return o, nil
}

func main() {
	o, err := parse([]string{"-image", "registry.local/api:1.42", "-label", "team=payments"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Printf("deploying %s with labels %s\n", o.image, o.labels)
}

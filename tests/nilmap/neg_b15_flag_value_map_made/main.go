// A deploy CLI's repeatable -label key=value flag is a flag.Value over a map type. parse gives the
// options an empty labelFlag before registering it with FlagSet.Var, so each -label's Set writes
// into a real map. The near miss of pos_b15_flag_value_map_nil.
package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"
)

type labelFlag map[string]string

func (l labelFlag) String() string {
	parts := make([]string, 0, len(l))
	for k, v := range l {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

func (l labelFlag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || k == "" {
		return fmt.Errorf("label %q is not key=value", s)
	}
	l[k] = v
	return nil
}

type deployOpts struct {
	replicas int
	image    string
	labels   labelFlag
}

func parse(args []string) (*deployOpts, []string, error) {
	fs := flag.NewFlagSet("deployctl", flag.ContinueOnError)
	opts := &deployOpts{labels: labelFlag{}}
	fs.IntVar(&opts.replicas, "replicas", 1, "number of replicas")
	fs.StringVar(&opts.image, "image", "", "container image")
	fs.Var(opts.labels, "label", "key=value label (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	return opts, fs.Args(), nil
}

func main() {
	opts, rest, err := parse([]string{
		"-image", "registry.local/payments:1.8",
		"-label", "team=payments",
		"-label", "tier=critical",
		"-replicas", "3",
		"payments-api",
	})
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("deploy %v image=%s replicas=%d labels=%s\n", rest, opts.image, opts.replicas, opts.labels)
}

// A deploy CLI takes repeatable -label key=value flags through flag.Func. parseArgs starts from an
// options literal that leaves the labels map nil (most deployments have none), and the flag
// callback makes the map on the first -label before storing into it.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type options struct {
	env      string
	replicas int
	dryRun   bool
	labels   map[string]string
}

func parseArgs(args []string) (*options, error) {
	opts := &options{replicas: 1}
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.StringVar(&opts.env, "env", "staging", "target environment")
	fs.IntVar(&opts.replicas, "replicas", opts.replicas, "replica count")
	fs.BoolVar(&opts.dryRun, "dry-run", false, "print the plan only")
	fs.Func("label", "key=value label for the deployment (repeatable)", func(s string) error {
		k, v, ok := strings.Cut(s, "=")
		if !ok || k == "" {
			return fmt.Errorf("label %q: want key=value", s)
		}
		if opts.labels == nil {
			opts.labels = make(map[string]string)
		}
		opts.labels[k] = v
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return opts, nil
}

func plan(o *options) string {
	keys := make([]string, 0, len(o.labels))
	for k := range o.labels {
		keys = append(keys, k+"="+o.labels[k])
	}
	sort.Strings(keys)
	return fmt.Sprintf("deploy env=%s replicas=%d labels=[%s] dry-run=%v",
		o.env, o.replicas, strings.Join(keys, ","), o.dryRun)
}

func main() {
	opts, err := parseArgs([]string{"-env", "prod", "-label", "team=payments", "-label", "tier=1", "-dry-run"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Println(plan(opts))
}

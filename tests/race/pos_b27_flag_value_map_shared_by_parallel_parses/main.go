// A job launcher parses each job's argument list with a FlagSet of its own, in parallel, and
// collects repeated -label k=v flags through a flag.Value backed by a map. Every job starts from
// the package's default labels, and the FlagSet is handed that map itself, so the Set calls of
// two parses running at once write the shared defaults map.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

type labels map[string]string

func (l labels) String() string { return "" }

func (l labels) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return errors.New("want key=value")
	}
	l[k] = v // want "concurrent map write"
	return nil
}

var defaultLabels = labels{"team": "infra", "tier": "batch"}

type Job struct {
	Image  string
	Labels labels
}

func parseJob(args []string) (*Job, error) {
	j := &Job{Labels: defaultLabels}
	fs := flag.NewFlagSet("job", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&j.Image, "image", "", "container image")
	fs.Var(j.Labels, "label", "extra label, key=value (repeatable)")
	return j, fs.Parse(args)
}

func main() {
	specs := [][]string{
		{"-image", "reindex:2.1", "-label", "owner=search"},
		{"-image", "thumbnails:1.8", "-label", "owner=media", "-label", "gpu=true"},
	}
	jobs := make([]*Job, len(specs))
	errs := make([]error, len(specs))
	shutdown := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		jobs[0], errs[0] = parseJob(specs[0])
		<-shutdown // the validator goroutine lives as long as the launcher
	})
	jobs[1], errs[1] = parseJob(specs[1])
	close(shutdown)
	wg.Wait()
	for i, j := range jobs {
		keys := make([]string, 0, len(j.Labels))
		for k := range j.Labels {
			keys = append(keys, k+"="+j.Labels[k])
		}
		sort.Strings(keys)
		fmt.Println(j.Image, keys, errs[i])
	}
}

// A batch runner times its jobs when tracing is on, and tracing is on when the config's
// sample rate is positive (Config.Tracing). The runner makes the span table only if tracing
// was on at the start, but a control job in the batch ("trace on") raises the sample rate
// mid-run, so the next job's Tracing() says yes and its span is recorded into a nil table.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Config struct {
	Name       string
	SampleRate float64
}

// Tracing reports whether spans are recorded.
func (c *Config) Tracing() bool { return c.SampleRate > 0 }

type Runner struct {
	cfg  *Config
	done []string
}

func (r *Runner) Run(jobs []string) map[string]int {
	var spans map[string]int
	if r.cfg.Tracing() {
		spans = make(map[string]int, len(jobs))
	}
	for i, job := range jobs {
		if rate, ok := strings.CutPrefix(job, "trace on "); ok {
			var v float64
			fmt.Sscanf(rate, "%g", &v)
			r.cfg.SampleRate = v
			continue
		}
		r.done = append(r.done, job)
		if r.cfg.Tracing() {
			spans[job] = i // want "nil map"
		}
	}
	return spans
}

func main() {
	r := &Runner{cfg: &Config{Name: "nightly"}}
	spans := r.Run([]string{"compact", "trace on 0.5", "reindex", "vacuum"})
	keys := make([]string, 0, len(spans))
	for k := range spans {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(r.done, keys)
}

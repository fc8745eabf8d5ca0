// A job runner recovers from panicking jobs and counts them per job kind. Report hands the
// current stats to the metrics exporter and starts a fresh period, but the fresh stats only
// make the done map, so the next panicking job panics again inside the deferred recover
// while counting it.
package main

import (
	"fmt"
	"sort"
)

type stats struct {
	done   map[string]int
	panics map[string]int
}

type Runner struct {
	stats stats
}

func NewRunner() *Runner {
	return &Runner{stats: stats{done: map[string]int{}, panics: map[string]int{}}}
}

type Job struct {
	Kind string
	Run  func() error
}

func (r *Runner) run(j Job) (err error) {
	defer func() {
		if p := recover(); p != nil {
			r.stats.panics[j.Kind]++ // want "nil map"
			err = fmt.Errorf("job %s panicked: %v", j.Kind, p)
		}
	}()
	err = j.Run()
	r.stats.done[j.Kind]++
	return err
}

func (r *Runner) Report() []string {
	cur := r.stats
	r.stats = stats{done: map[string]int{}}
	var lines []string
	for k, n := range cur.done {
		lines = append(lines, fmt.Sprintf("%s done=%d panics=%d", k, n, cur.panics[k]))
	}
	sort.Strings(lines)
	return lines
}

func main() {
	r := NewRunner()
	ok := Job{Kind: "thumbnail", Run: func() error { return nil }}
	bad := Job{Kind: "thumbnail", Run: func() error {
		var sizes []int
		return fmt.Errorf("size %d", sizes[3])
	}}
	fmt.Println(r.run(ok), r.run(bad))
	fmt.Println(r.Report())
	fmt.Println(r.run(ok), r.run(bad))
	fmt.Println(r.Report())
}

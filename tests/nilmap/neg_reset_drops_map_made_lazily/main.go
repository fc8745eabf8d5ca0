// A near miss of a reset that drops a map: the job runner's Report starts a fresh period with a
// stats literal that makes only the done counts, and the panic counter makes its map again when
// it finds it nil, so counting a panic after a report is safe.
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

func (r *Runner) run(kind string, job func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if r.stats.panics == nil {
				r.stats.panics = make(map[string]int)
			}
			r.stats.panics[kind]++
			err = fmt.Errorf("job %s panicked: %v", kind, p)
		}
	}()
	err = job()
	r.stats.done[kind]++
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
	ok := func() error { return nil }
	bad := func() error {
		var sizes []int
		return fmt.Errorf("size %d", sizes[3])
	}
	fmt.Println(r.run("thumbnail", ok), r.run("thumbnail", bad))
	fmt.Println(r.Report())
	fmt.Println(r.run("thumbnail", ok), r.run("thumbnail", bad))
	fmt.Println(r.Report())
}

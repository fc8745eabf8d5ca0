// Near miss of the methods nothing calls: a batch job's setup steps are a table of method
// expressions, so no code calls the counters step as a method, yet the table names it and the
// runner calls every entry: the per-table row counts are made before the first row is loaded.
package main

import "fmt"

type job struct {
	name string
	rows map[string]int
	log  []string
}

func (j *job) banner()   { j.log = append(j.log, "start "+j.name) }
func (j *job) counters() { j.rows = make(map[string]int) }

var setup = []func(*job){(*job).banner, (*job).counters}

func (j *job) load(table string, n int) {
	j.rows[table] += n
}

func main() {
	j := &job{name: "nightly"}
	for _, step := range setup {
		step(j)
	}
	j.load("orders", 120)
	j.load("refunds", 3)
	fmt.Println(j.log, j.rows)
}

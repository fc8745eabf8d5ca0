// An ETL job runs its setup as a list of steps, method values of the job bound when the list
// is built. The counters step makes the per-table row counts; the nightly job's list was
// written by hand and leaves it out, so the first loaded row counts into a nil map.
package main

import (
	"fmt"
	"strings"
)

type job struct {
	name    string
	tables  []string
	rows    map[string]int
	setup   []func() error
	skipped int
}

func (j *job) validate() error {
	if len(j.tables) == 0 {
		return fmt.Errorf("%s: no tables", j.name)
	}
	return nil
}

func (j *job) counters() error {
	j.rows = make(map[string]int, len(j.tables))
	return nil
}

func (j *job) load(records []string) {
	for _, rec := range records {
		table, _, ok := strings.Cut(rec, ":")
		if !ok {
			j.skipped++
			continue
		}
		j.rows[table]++ // want "nil map"
	}
}

func (j *job) run(records []string) error {
	for _, step := range j.setup {
		if err := step(); err != nil {
			return err
		}
	}
	j.load(records)
	return nil
}

func main() {
	nightly := &job{name: "nightly", tables: []string{"orders", "users"}}
	nightly.setup = []func() error{nightly.validate}
	if err := nightly.run([]string{"orders:1", "users:7", "garbage", "orders:2"}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(nightly.rows, "skipped", nightly.skipped)
}

// A job runner's loop owns the job state map; it hands slow jobs to a goroutine so that the
// loop keeps serving, but the offloaded goroutine marks its job finished in the state map
// itself instead of reporting back, while the loop goes on marking the jobs it runs.
package main

import (
	"crypto/sha256"
	"os"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   string
	slow bool
}

type Runner struct {
	state map[string]string
	wg    sync.WaitGroup
}

func work(id string, rounds int) []byte {
	sum := sha256.Sum256([]byte(id))
	for i := 0; i < rounds; i++ {
		sum = sha256.Sum256(sum[:])
	}
	return sum[:4]
}

func (r *Runner) runSlow(id string) {
	defer r.wg.Done()
	work(id, 2000)
	r.state[id] = "finished" // want "concurrent map write"
}

func (r *Runner) mark(id, state string) {
	r.state[id] = state // other access
}

func (r *Runner) Loop(jobs []job) {
	for _, j := range jobs {
		r.mark(j.id, "running")
		if j.slow {
			r.wg.Add(1)
			go r.runSlow(j.id)
			continue
		}
		work(j.id, 10)
		r.mark(j.id, "finished")
	}
	r.wg.Wait()
}

func main() {
	r := &Runner{state: map[string]string{}}
	r.Loop([]job{{"thumb-1", false}, {"transcode-7", true}, {"thumb-2", false}, {"thumb-3", false}})
	var lines []string
	for id, st := range r.state {
		lines = append(lines, id+":"+st)
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}

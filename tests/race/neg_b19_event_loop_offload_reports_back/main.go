// A job runner's loop owns the job state map; it hands slow jobs to a goroutine so that the
// loop keeps serving, and the offloaded goroutine reports its job back on a channel, so only the
// loop, draining that channel at the end, marks the job finished.
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
	done  chan string
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
	r.done <- id
}

func (r *Runner) mark(id, state string) {
	r.state[id] = state
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
	close(r.done)
	for id := range r.done {
		r.mark(id, "finished")
	}
}

func main() {
	r := &Runner{state: map[string]string{}, done: make(chan string, 4)}
	r.Loop([]job{{"thumb-1", false}, {"transcode-7", true}, {"thumb-2", false}, {"thumb-3", false}})
	var lines []string
	for id, st := range r.state {
		lines = append(lines, id+":"+st)
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}

// A small worker pool runs thumbnail jobs and calls each job's onDone callback on the worker that
// ran it. With two workers the callbacks of two jobs run at once, so the caller's callback takes a
// mutex around the map it records output sizes in. The near miss of
// pos_b15_pool_callback_unlocked.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	Name  string
	Bytes int
	Err   error
}

type job struct {
	name   string
	run    func(string) (int, error)
	onDone func(Result)
}

type Pool struct {
	jobs chan job
	wg   sync.WaitGroup
}

func NewPool(workers int) *Pool {
	p := &Pool{jobs: make(chan job)}
	for range workers {
		p.wg.Go(p.work)
	}
	return p
}

func (p *Pool) work() {
	for j := range p.jobs {
		n, err := j.run(j.name)
		j.onDone(Result{Name: j.name, Bytes: n, Err: err})
	}
}

func (p *Pool) Submit(name string, run func(string) (int, error), onDone func(Result)) {
	p.jobs <- job{name: name, run: run, onDone: onDone}
}

func (p *Pool) Close() {
	close(p.jobs)
	p.wg.Wait()
}

func main() {
	var resizing sync.WaitGroup
	resizing.Add(2)
	resize := func(name string) (int, error) {
		resizing.Done()
		resizing.Wait()
		return 1024 + len(name)*10, nil
	}

	sizes := make(map[string]int)
	failed := 0
	var mu sync.Mutex
	record := func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		if r.Err != nil {
			failed++
			return
		}
		sizes[r.Name] = r.Bytes
	}

	pool := NewPool(2)
	for _, name := range []string{"cover.jpg", "avatar.png"} {
		pool.Submit(name, resize, record)
	}
	pool.Close()

	names := make([]string, 0, len(sizes))
	for n := range sizes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, sizes[n])
	}
	fmt.Println("failed:", failed)
}

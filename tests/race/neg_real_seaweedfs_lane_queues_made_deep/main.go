// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6), weed/admin/plugin/worker_job_queues.go:162,
// where mapscope check reported assignJobsToWorkerQueues's `qs.homes[e.WorkerID] = struct{}{}` as
// written by more than one instance at a time of the lane scheduler goroutine (plugin.go:244,
// one per lane), each instance writing the same map. Each call of assignJobsToWorkerQueues makes
// its own queues with newWorkerJobQueues and fills them before dispatchScheduledProposals starts
// the workers that share them, so no two instances ever hold the same map. The constructor runs
// seven calls below the goroutine that reaches it (laneSchedulerLoop, runLaneSchedulerIteration,
// runLaneSchedulerIterationConcurrent, runJobTypeIteration, dispatchScheduledProposals,
// assignJobsToWorkerQueues, newWorkerJobQueues); here it runs six calls below the goroutine
// started per job type, and the same program with one call fewer is not reported. A near miss:
// an object made per call, six calls below a goroutine, then handed to workers. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type jobQueues struct {
	mu    sync.Mutex
	q     map[string][]string
	homes map[string]struct{}
}

func newJobQueues() *jobQueues {
	return &jobQueues{q: make(map[string][]string), homes: make(map[string]struct{})}
}

func (qs *jobQueues) push(home, job string) {
	qs.mu.Lock()
	defer qs.mu.Unlock()
	qs.q[home] = append(qs.q[home], job)
}

type scheduler struct {
	workers []string
	doneMu  sync.Mutex
	done    int
}

// take pops a job, preferring a worker's home queue.
func (s *scheduler) take(qs *jobQueues, worker string) (string, bool) {
	qs.mu.Lock()
	defer qs.mu.Unlock()
	if _, home := qs.homes[worker]; home && len(qs.q[worker]) > 0 {
		job := qs.q[worker][0]
		qs.q[worker] = qs.q[worker][1:]
		return job, true
	}
	for h, jobs := range qs.q {
		if len(jobs) > 0 {
			qs.q[h] = jobs[1:]
			return jobs[0], true
		}
	}
	return "", false
}

// assign is single-threaded: it builds a fresh set of queues for one dispatch.
func (s *scheduler) assign(jobs []string) *jobQueues {
	qs := newJobQueues()
	for i, job := range jobs {
		home := s.workers[i%len(s.workers)]
		qs.homes[home] = struct{}{}
		qs.push(home, job)
	}
	return qs
}

func (s *scheduler) dispatch(jobs []string) {
	queues := s.assign(jobs)
	var workers sync.WaitGroup
	for _, w := range s.workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for {
				if _, ok := s.take(queues, w); !ok {
					return
				}
				s.doneMu.Lock()
				s.done++
				s.doneMu.Unlock()
			}
		}()
	}
	workers.Wait()
}

func (s *scheduler) runJobType(lane, jobType string) {
	s.detectAndDispatch(lane, jobType)
}

func (s *scheduler) detectAndDispatch(lane, jobType string) {
	proposals := []string{lane + "/" + jobType + "-1", lane + "/" + jobType + "-2"}
	s.filterAndDispatch(proposals)
}

func (s *scheduler) filterAndDispatch(proposals []string) {
	s.dispatch(proposals)
}

// runLaneIteration runs every due job type of the lane at once.
func (s *scheduler) runLaneIteration(lane string, jobTypes []string) {
	var wg sync.WaitGroup
	for _, jobType := range jobTypes {
		wg.Add(1)
		go func(jobType string) {
			defer wg.Done()
			s.runJobType(lane, jobType)
		}(jobType)
	}
	wg.Wait()
}

func (s *scheduler) runIteration(lane string) {
	s.runLaneIteration(lane, []string{"ec", "vacuum"})
}

func (s *scheduler) laneLoop(lane string, wg *sync.WaitGroup) {
	defer wg.Done()
	for round := 0; round < 2; round++ {
		s.runIteration(lane)
	}
}

func main() {
	s := &scheduler{workers: []string{"w1", "w2"}}
	var wg sync.WaitGroup
	for _, lane := range []string{"default", "iceberg"} {
		wg.Add(1)
		go s.laneLoop(lane, &wg)
	}
	wg.Wait()
	fmt.Println(s.done)
}

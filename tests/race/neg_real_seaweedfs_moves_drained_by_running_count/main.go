// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6),
// weed/ec/ec_balance_spread_targets_test.go:69 and :195, where mapscope check reported the move
// recorder's `r.ran[...]++`, made under its mutex by the goroutines runMovesSpreadingTargets
// starts (weed/ec/ec_common.go:1314), as racing with the test's unlocked `len(r.ran)` and range
// (:112) after runMovesSpreadingTargets returns. The function counts the goroutines in flight
// (`running++` at each start, `running--` at each receive from `results`, to which each
// goroutine sends once after its run) and returns only when `running` is 0: every run happens
// before the read. A near miss: the fan-in is drained by a counter of goroutines in flight, with
// at most maxParallel running at once. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type move struct {
	volumeID uint32
	shardID  int
	target   string
}

// runMovesSpreading runs the moves with at most maxParallel in flight.
func runMovesSpreading(maxParallel int, moves []move, run func(move) error) error {
	type result struct {
		m   move
		err error
	}
	results := make(chan result)
	pending := append([]move(nil), moves...)
	running := 0
	var errs []error
	for {
		for running < maxParallel && len(pending) > 0 {
			m := pending[0]
			pending = pending[1:]
			running++
			go func() {
				results <- result{m, run(m)}
			}()
		}
		if running == 0 {
			return errors.Join(errs...)
		}
		r := <-results
		running--
		if r.err != nil {
			errs = append(errs, r.err)
		}
	}
}

type moveRecorder struct {
	mu  sync.Mutex
	ran map[string]int
}

func (r *moveRecorder) run(m move) error {
	r.mu.Lock()
	r.ran[fmt.Sprintf("%d.%d->%s", m.volumeID, m.shardID, m.target)]++
	r.mu.Unlock()
	return nil
}

func main() {
	var moves []move
	for i := 0; i < 13; i++ {
		moves = append(moves, move{volumeID: uint32(i % 4), shardID: i, target: fmt.Sprint("node-", i%3)})
	}
	r := &moveRecorder{ran: map[string]int{}}
	if err := runMovesSpreading(4, moves, r.run); err != nil {
		fmt.Println(err)
		return
	}
	if len(r.ran) != len(moves) {
		fmt.Println("ran", len(r.ran), "distinct moves, want", len(moves))
	}
	for k, n := range r.ran {
		if n != 1 {
			fmt.Println(k, "ran", n, "times")
		}
	}
	fmt.Println(len(r.ran))
}

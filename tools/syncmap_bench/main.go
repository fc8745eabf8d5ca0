// Command syncmap_bench runs Go's sync.Map benchmark shapes (src/sync/map_bench_test.go) and the
// per-store latency of a growing sync.Map, printing the lines crates/gomap/benches/sync_map.rs
// prints for the Rust maps, so scripts/bench-syncmap.sh can put them in one table.
//
//	syncmap_bench ops [ROUNDS]   ->  ops SHAPE THREADS IMPL ns_per_op   (median of ROUNDS, default 5)
//	syncmap_bench lat [N] [RUNS] ->  lat IMPL N p50 p99 p99.9 p99.99 max_ns
//
// The shapes are timed as the Rust harness times them: a fixed number of iterations split over
// THREADS goroutines (GOMAXPROCS = THREADS), goroutine id starting at id*per, wall time / total.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"
)

type shape struct {
	name  string
	ops   int
	setup func(m *sync.Map)
	perG  func(m *sync.Map, i, n int)
}

func loadSetup(hits int) func(m *sync.Map) {
	return func(m *sync.Map) {
		for i := 0; i < hits; i++ {
			m.LoadOrStore(i, i)
		}
	}
}

func loads(m *sync.Map, i, n int) {
	for end := i + n; i < end; i++ {
		m.Load(i % 1024)
	}
}

var shapes = []shape{
	{"LoadMostlyHits", 4_000_000, loadSetup(1023), loads},
	{"LoadMostlyMisses", 4_000_000, loadSetup(1), loads},
	{"LoadOrStoreBalanced", 1_000_000, loadSetup(128), func(m *sync.Map, i, n int) {
		for end := i + n; i < end; i++ {
			j := i % 256
			if j < 128 {
				if _, ok := m.LoadOrStore(j, i); !ok {
					panic(fmt.Sprintf("unexpected miss for %v", j))
				}
			} else if v, loaded := m.LoadOrStore(i, i); loaded {
				panic(fmt.Sprintf("failed to store %v: existing value %v", i, v))
			}
		}
	}},
	{"LoadOrStoreUnique", 500_000, func(*sync.Map) {}, func(m *sync.Map, i, n int) {
		for end := i + n; i < end; i++ {
			m.LoadOrStore(i, i)
		}
	}},
	{"LoadOrStoreCollision", 4_000_000, func(m *sync.Map) { m.LoadOrStore(0, 0) }, func(m *sync.Map, i, n int) {
		for k := 0; k < n; k++ {
			m.LoadOrStore(0, 0)
		}
	}},
	{"Range", 4_000, func(m *sync.Map) {
		for i := 0; i < 1<<10; i++ {
			m.Store(i, i)
		}
	}, func(m *sync.Map, i, n int) {
		for k := 0; k < n; k++ {
			m.Range(func(_, _ any) bool { return true })
		}
	}},
	{"AdversarialAlloc", 2_000_000, func(*sync.Map) {}, func(m *sync.Map, i, n int) {
		var stores, loadsSinceStore int64
		for end := i + n; i < end; i++ {
			m.Load(i)
			if loadsSinceStore++; loadsSinceStore > stores {
				m.LoadOrStore(i, stores)
				loadsSinceStore = 0
				stores++
			}
		}
	}},
	{"AdversarialDelete", 2_000_000, func(m *sync.Map) {
		for i := 0; i < 1<<10; i++ {
			m.Store(i, i)
		}
	}, func(m *sync.Map, i, n int) {
		for end := i + n; i < end; i++ {
			m.Load(i)
			if i%(1<<10) == 0 {
				m.Range(func(k, _ any) bool {
					m.Delete(k)
					return false
				})
				m.Store(i, i)
			}
		}
	}},
	{"DeleteCollision", 4_000_000, func(m *sync.Map) { m.LoadOrStore(0, 0) }, func(m *sync.Map, i, n int) {
		for k := 0; k < n; k++ {
			m.Delete(0)
		}
	}},
}

func runShape(s shape, threads int) float64 {
	runtime.GOMAXPROCS(threads)
	m := new(sync.Map)
	s.setup(m)
	runtime.GC()
	per := s.ops / threads
	var start, done sync.WaitGroup
	start.Add(1)
	done.Add(threads)
	for id := 0; id < threads; id++ {
		go func(id int) {
			defer done.Done()
			start.Wait()
			s.perG(m, id*per, per)
		}(id)
	}
	t := time.Now()
	start.Done()
	done.Wait()
	return float64(time.Since(t).Nanoseconds()) / float64(per*threads)
}

func median(v []float64) float64 {
	sort.Float64s(v)
	return v[len(v)/2]
}

func arg(i int, def float64) float64 {
	if len(os.Args) > i {
		if f, err := strconv.ParseFloat(os.Args[i], 64); err == nil {
			return f
		}
	}
	return def
}

func main() {
	impl := runtime.Version() + "-sync.Map"
	mode := "ops"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "ops":
		rounds := int(arg(2, 5))
		res := map[string][]float64{}
		for r := 0; r < rounds; r++ {
			for _, s := range shapes {
				for _, threads := range []int{1, 2} {
					k := fmt.Sprintf("%s %d", s.name, threads)
					res[k] = append(res[k], runShape(s, threads))
				}
			}
		}
		for _, s := range shapes {
			for _, threads := range []int{1, 2} {
				k := fmt.Sprintf("%s %d", s.name, threads)
				fmt.Printf("ops %s %s %.2f\n", k, impl, median(res[k]))
			}
		}
	case "lat":
		n, runs := int(arg(2, 1e6)), int(arg(3, 3))
		runtime.GOMAXPROCS(1)
		for r := 0; r < runs; r++ {
			m := new(sync.Map)
			lat := make([]int64, n)
			for i := 0; i < n; i++ {
				t := time.Now()
				m.Store(i, i)
				lat[i] = time.Since(t).Nanoseconds()
			}
			sort.Slice(lat, func(a, b int) bool { return lat[a] < lat[b] })
			q := func(p float64) int64 { return lat[min(int(float64(n)*p), n-1)] }
			fmt.Printf("lat %s %d %d %d %d %d %d\n", impl, n, q(0.5), q(0.99), q(0.999), q(0.9999), lat[n-1])
			runtime.GC()
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: syncmap_bench ops [ROUNDS] | lat [N] [RUNS]")
		os.Exit(2)
	}
}

// Command gomap_bench is the Go side of scripts/bench-maps.sh: the same workloads as
// crates/gomap/benches/peers.rs and latency.rs, on Go's built-in map. Built with Go 1.19 it
// measures the classic map that gomap reproduces; built with a current Go (1.24+) it measures
// the Swiss-table map.
//
//	gomap_bench ops N...      one line per result: "workload key n impl ns_per_op"
//	gomap_bench lat KEY N     per-insert latency while growing from empty:
//	                          "lat impl key n total p50 p99 p99.9 p99.99 max max_at over_1ms rss_mib peak_mib rss_bytes_per_entry live_bytes_per_entry"
//	                          (live bytes: heap in use after a GC, minus the heap before the map)
//
// Keys are splitmix64(i) (u64) or the same numbers as 16 hex characters (str), exactly as on
// the Rust side; values are the insertion index. hit_copy (str only) looks up equal strings
// built separately: hit finds each stored key at the very address it was inserted from, which
// mapaccess1_faststr (and gomap) accept without comparing bytes; hit_copy must compare them.
//
// opsU64 and opsStr are written out twice on purpose: one generic function would run Go's
// generic map code instead of the mapaccess1_fast64/faststr paths a real program gets.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	_ "unsafe"
)

//go:linkname nanotime runtime.nanotime
func nanotime() int64

func splitmix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func u64Keys(n int) (hit, miss []uint64) {
	hit = make([]uint64, n)
	miss = make([]uint64, n)
	for i := 0; i < n; i++ {
		hit[i] = splitmix(uint64(i))
		miss[i] = splitmix(uint64(n + i))
	}
	return
}

func strKeys(n int) (hit, miss []string) {
	h, m := u64Keys(n)
	hit = make([]string, n)
	miss = make([]string, n)
	for i := range h {
		hit[i] = fmt.Sprintf("%016x", h[i])
		miss[i] = fmt.Sprintf("%016x", m[i])
	}
	return
}

func reps(n int) int {
	switch {
	case n <= 1000:
		return 2001
	case n <= 100000:
		return 31
	case n <= 1000000:
		return 7
	}
	return 3
}

func median(v []float64) float64 {
	sort.Float64s(v)
	return v[len(v)/2]
}

var sink uint64

func impl() string {
	return strings.TrimPrefix(runtime.Version(), "go")
}

func opsU64(n int) {
	hit, miss := u64Keys(n)
	var r [6][]float64
	for rep := 0; rep < reps(n); rep++ {
		runtime.GC()
		t := nanotime()
		m := make(map[uint64]uint64)
		for i, k := range hit {
			m[k] = uint64(i)
		}
		r[0] = append(r[0], float64(nanotime()-t)/float64(n))
		m = nil
		runtime.GC()
		t = nanotime()
		m = make(map[uint64]uint64, n)
		for i, k := range hit {
			m[k] = uint64(i)
		}
		r[1] = append(r[1], float64(nanotime()-t)/float64(n))
		t = nanotime()
		var s uint64
		for _, k := range hit {
			s += m[k]
		}
		r[2] = append(r[2], float64(nanotime()-t)/float64(n))
		t = nanotime()
		c := 0
		for _, k := range miss {
			if _, ok := m[k]; ok {
				c++
			}
		}
		r[3] = append(r[3], float64(nanotime()-t)/float64(n))
		t = nanotime()
		for _, v := range m {
			s += v
		}
		r[4] = append(r[4], float64(nanotime()-t)/float64(n))
		t = nanotime()
		for _, k := range hit {
			delete(m, k)
		}
		r[5] = append(r[5], float64(nanotime()-t)/float64(n))
		if len(m) != 0 {
			panic("delete left entries")
		}
		sink += s + uint64(c)
	}
	report("u64", n, r[:])
}

func opsStr(n int) {
	hit, miss := strKeys(n)
	// The same keys built again: equal strings at other addresses, so a hit must compare bytes.
	copies, _ := strKeys(n)
	var r [7][]float64
	for rep := 0; rep < reps(n); rep++ {
		runtime.GC()
		t := nanotime()
		m := make(map[string]uint64)
		for i, k := range hit {
			m[k] = uint64(i)
		}
		r[0] = append(r[0], float64(nanotime()-t)/float64(n))
		m = nil
		runtime.GC()
		t = nanotime()
		m = make(map[string]uint64, n)
		for i, k := range hit {
			m[k] = uint64(i)
		}
		r[1] = append(r[1], float64(nanotime()-t)/float64(n))
		t = nanotime()
		var s uint64
		for _, k := range hit {
			s += m[k]
		}
		r[2] = append(r[2], float64(nanotime()-t)/float64(n))
		t = nanotime()
		c := 0
		for _, k := range miss {
			if _, ok := m[k]; ok {
				c++
			}
		}
		r[3] = append(r[3], float64(nanotime()-t)/float64(n))
		t = nanotime()
		for _, v := range m {
			s += v
		}
		r[4] = append(r[4], float64(nanotime()-t)/float64(n))
		t = nanotime()
		for _, k := range hit {
			delete(m, k)
		}
		r[5] = append(r[5], float64(nanotime()-t)/float64(n))
		if len(m) != 0 {
			panic("delete left entries")
		}
		for i, k := range hit {
			m[k] = uint64(i)
		}
		t = nanotime()
		for _, k := range copies {
			s += m[k]
		}
		r[6] = append(r[6], float64(nanotime()-t)/float64(n))
		sink += s + uint64(c)
	}
	report("str", n, r[:])
}

func report(key string, n int, r [][]float64) {
	for i, w := range []string{"insert", "insert_hint", "hit", "miss", "iterate", "delete", "hit_copy"}[:len(r)] {
		fmt.Printf("%s %s %d go%s %.2f\n", w, key, n, impl(), median(r[i]))
	}
}

func statusKiB(field string) int64 {
	b, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, field) {
			f := strings.Fields(l)
			v, _ := strconv.ParseInt(f[1], 10, 64)
			return v
		}
	}
	return 0
}

func lat(key string, n int) {
	var hitU []uint64
	var hitS []string
	if key == "u64" {
		hitU, _ = u64Keys(n)
	} else {
		hitS, _ = strKeys(n)
	}
	l := make([]uint32, n)
	for i := range l {
		l[i] = 1
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap0 := ms.HeapAlloc
	rss0 := statusKiB("VmRSS:")
	start := nanotime()
	var count int
	var total, live float64
	var rss1, hwm int64
	if key == "u64" {
		m := make(map[uint64]uint64)
		for i, k := range hitU {
			t := nanotime()
			m[k] = uint64(i)
			l[i] = uint32(nanotime() - t)
		}
		count = len(m)
		defer runtime.KeepAlive(m)
		total = float64(nanotime()-start) / float64(n)
		rss1, hwm = statusKiB("VmRSS:"), statusKiB("VmHWM:")
		runtime.GC()
		runtime.ReadMemStats(&ms)
		live = float64(ms.HeapAlloc - heap0)
	} else {
		m := make(map[string]uint64)
		for i, k := range hitS {
			t := nanotime()
			m[k] = uint64(i)
			l[i] = uint32(nanotime() - t)
		}
		count = len(m)
		defer runtime.KeepAlive(m)
		total = float64(nanotime()-start) / float64(n)
		rss1, hwm = statusKiB("VmRSS:"), statusKiB("VmHWM:")
		runtime.GC()
		runtime.ReadMemStats(&ms)
		live = float64(ms.HeapAlloc - heap0)
	}
	// The keys were in the heap before the map; keep them there until the map is measured.
	runtime.KeepAlive(hitU)
	runtime.KeepAlive(hitS)
	if count != n {
		panic("lost inserts")
	}
	maxAt, max, over := 0, uint32(0), 0
	for i, v := range l {
		if v > max {
			max, maxAt = v, i
		}
		if v > 1000000 {
			over++
		}
	}
	s := append([]uint32(nil), l...)
	sort.Slice(s, func(a, b int) bool { return s[a] < s[b] })
	q := func(p float64) uint32 {
		i := int(float64(n) * p)
		if i >= n {
			i = n - 1
		}
		return s[i]
	}
	rss := float64(rss1-rss0) / 1024
	peak := float64(hwm-rss0) / 1024
	fmt.Printf("lat go%s %s %d %.0f %d %d %d %d %d %d %d %.0f %.0f %.1f %.3f\n", impl(), key, n, total,
		q(0.5), q(0.99), q(0.999), q(0.9999), max, maxAt, over, rss, peak, rss*1024*1024/float64(n), live/float64(n))
}

func atoi(s string) int {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bad number", s)
		os.Exit(2)
	}
	return int(f)
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: gomap_bench ops N... | lat KEY N")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "ops":
		for _, a := range os.Args[2:] {
			n := atoi(a)
			opsU64(n)
			opsStr(n)
		}
	case "lat":
		n := 10000000
		if len(os.Args) > 3 {
			n = atoi(os.Args[3])
		}
		lat(os.Args[2], n)
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(2)
	}
}

// An access logger recycles its field maps through a channel free list to spare the
// allocator. The handler gives the map back as soon as it has queued the log line, but the
// async writer ranges over that map later, while the next request already refills it.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type accessLog struct {
	free  chan map[string]string
	lines chan map[string]string
	out   []string
}

func (l *accessLog) writer(wg *sync.WaitGroup) {
	defer wg.Done()
	for fields := range l.lines {
		var parts []string
		for k, v := range fields { // other access
			parts = append(parts, k+"="+v)
		}
		sort.Strings(parts)
		l.out = append(l.out, strings.Join(parts, " "))
	}
}

func (l *accessLog) log(kv ...string) {
	var fields map[string]string
	select {
	case fields = <-l.free:
	default:
		fields = make(map[string]string)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		fields[kv[i]] = kv[i+1] // want "concurrent map write"
	}
	l.lines <- fields
	select {
	case l.free <- fields:
	default:
	}
}

func main() {
	l := &accessLog{free: make(chan map[string]string, 4), lines: make(chan map[string]string, 64)}
	var wg sync.WaitGroup
	wg.Add(1)
	go l.writer(&wg)

	for i, path := range []string{"/", "/login", "/api/items", "/api/items/7"} {
		status := 200
		if i == 1 {
			status = 302
		}
		l.log("method", "GET", "path", path, "status", strconv.Itoa(status))
	}
	close(l.lines)
	wg.Wait()
	fmt.Fprintln(os.Stdout, strings.Join(l.out, "\n"))
}

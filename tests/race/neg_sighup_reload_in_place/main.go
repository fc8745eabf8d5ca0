// A daemon reloads its feature flags on SIGHUP: a signal goroutine re-reads the flags file
// and writes the new values into the live flags map in place, taking the flags' mutex, and
// the request path checks a flag under the same mutex.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
)

type flags struct {
	mu sync.Mutex
	on map[string]bool
}

func (f *flags) reload(file string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, line := range strings.Split(file, "\n") {
		name, val, ok := strings.Cut(line, "=")
		if ok {
			f.on[name] = val == "on"
		}
	}
}

func (f *flags) enabled(name string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.on[name]
}

func main() {
	f := &flags{on: map[string]bool{"new-checkout": false}}
	flagsFile := "new-checkout=on\nfast-search=off"

	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	var wg sync.WaitGroup
	wg.Go(func() {
		<-hup
		f.reload(flagsFile)
	})

	// An operator runs `kill -HUP` while requests are being served.
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		fmt.Println(err)
		return
	}
	var versions []string
	for range 3 {
		v := "v1"
		if f.enabled("new-checkout") {
			v = "v2"
		}
		versions = append(versions, v)
	}
	wg.Wait()
	fmt.Println(len(versions), "requests served; new checkout now", f.on["new-checkout"])
}

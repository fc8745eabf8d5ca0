// An export handler starts a watcher goroutine per request that waits for the request's
// context to end and then records, in a plain map, how the request finished. net/http
// cancels that context once the handler returns, so the watcher writes while the stats page,
// which the test calls right after its downloads, ranges over the map.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
)

type exporter struct {
	watchers sync.WaitGroup
	finished map[string]string
}

func (e *exporter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	ctx := r.Context()
	e.watchers.Add(1)
	go func() {
		defer e.watchers.Done()
		<-ctx.Done()
		e.finished[id] = ctx.Err().Error() // want "concurrent map write"
	}()
	io.WriteString(w, "rows for "+id)
}

func (e *exporter) stats() string {
	var lines []string
	for id, how := range e.finished { // other access
		lines = append(lines, id+": "+how)
	}
	sort.Strings(lines)
	return strings.Join(lines, "; ")
}

func main() {
	e := &exporter{finished: make(map[string]string)}
	ts := httptest.NewServer(e)
	defer ts.Close()

	for _, id := range []string{"q1", "q2"} {
		resp, err := http.Get(ts.URL + "/export?id=" + id)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	report := e.stats()
	e.watchers.Wait()
	fmt.Fprintln(os.Stdout, "finished:", report)
}

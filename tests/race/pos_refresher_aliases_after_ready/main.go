// A feature-flag client loads its flags in a background refresher goroutine and publishes
// each new map under its lock; the server waits on the ready channel before it serves. After
// publishing, the refresher adds the old names of renamed flags to the map it has just
// published, while requests already read it under the read lock.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

var renamed = map[string]string{"new_checkout": "checkout_v2"} // old name -> new name

type flags struct {
	mu    sync.RWMutex
	cur   map[string]bool
	ready chan struct{}
	once  sync.Once
}

func (f *flags) refresh(src map[string]string) {
	next := make(map[string]bool, len(src))
	for name, v := range src {
		next[name] = v == "on"
	}
	f.mu.Lock()
	f.cur = next
	f.mu.Unlock()
	f.once.Do(func() { close(f.ready) })
	for old, name := range renamed {
		if v, ok := next[name]; ok {
			next[old] = v // want "concurrent map write"
		}
	}
}

func (f *flags) enabled(name string) bool {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.cur[name] // other access
}

func main() {
	f := &flags{ready: make(chan struct{})}
	var refresher sync.WaitGroup
	refresher.Go(func() {
		f.refresh(map[string]string{"checkout_v2": "on", "dark_mode": "off"})
	})
	<-f.ready
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A request arrives a moment after startup (no synchronisation: the refresher's write
		// comes first, so the race detector reports it from the refresher's short history
		// rather than from the handler's, which serving the response can overwrite).
		time.Sleep(20 * time.Millisecond)
		if f.enabled(r.URL.Query().Get("flag")) {
			fmt.Fprint(w, "on")
		}
	}))
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/?flag=new_checkout")
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	refresher.Wait()
	fmt.Println(resp.StatusCode)
}

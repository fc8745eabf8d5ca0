// A session service records logins under its mutex, from a pool of workers draining the login
// queue. Its debug endpoint formats the sessions map with %v, which ranges the map inside fmt,
// while holding the same mutex.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"time"
)

type sessions struct {
	mu   sync.Mutex
	byID map[string]time.Time
}

func (s *sessions) login(id string, at time.Time) {
	s.mu.Lock()
	s.byID[id] = at
	s.mu.Unlock()
}

func (s *sessions) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprintf(w, "sessions: %v\n", s.byID)
}

func main() {
	s := &sessions{byID: make(map[string]time.Time)}
	queue := make(chan string, 8)
	for _, id := range []string{"ada", "grace", "linus", "ken", "rob", "barbara"} {
		queue <- id
	}
	close(queue)

	epoch := time.Unix(1700000000, 0)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Go(func() {
			for id := range queue {
				s.login(id, epoch.Add(time.Duration(len(id))*time.Second))
			}
		})
	}

	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/debug/sessions", nil))
	wg.Wait()
	fmt.Fprintln(os.Stdout, rec.Code, rec.Body.Len() > 0, len(s.byID))
}

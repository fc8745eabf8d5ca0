// A session service builds its login and logout handlers with one factory each, both given
// the session map. Each factory declares its own mutex for the closure it returns, so a login
// and a logout running at once hold different mutexes while writing the one map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

func loginHandler(sessions map[string]string) http.HandlerFunc {
	var mu sync.Mutex // root cause
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.URL.Query().Get("user")
		mu.Lock()
		sessions["tok-"+user] = user // want "concurrent map write"
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}
}

func logoutHandler(sessions map[string]string) http.HandlerFunc {
	var mu sync.Mutex
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.URL.Query().Get("user")
		mu.Lock()
		delete(sessions, "tok-"+user) // other access
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}
}

func main() {
	sessions := map[string]string{"tok-ann": "ann"}
	mux := http.NewServeMux()
	mux.Handle("POST /login", loginHandler(sessions))
	mux.Handle("POST /logout", logoutHandler(sessions))

	start := make(chan struct{})
	var clients sync.WaitGroup
	for _, target := range []string{"/login?user=bob", "/logout?user=ann"} {
		clients.Go(func() {
			<-start
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, target, nil))
		})
	}
	close(start)
	clients.Wait()
	fmt.Println(sessions)
}

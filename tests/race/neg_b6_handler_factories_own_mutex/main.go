// A session service builds its login and logout handlers with one factory each, both given
// the session map and the one mutex that guards it, so a login and a logout running at once
// take turns on the map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

func loginHandler(mu *sync.Mutex, sessions map[string]string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.URL.Query().Get("user")
		mu.Lock()
		sessions["tok-"+user] = user
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}
}

func logoutHandler(mu *sync.Mutex, sessions map[string]string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user := r.URL.Query().Get("user")
		mu.Lock()
		delete(sessions, "tok-"+user)
		mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}
}

func main() {
	var mu sync.Mutex
	sessions := map[string]string{"tok-ann": "ann"}
	mux := http.NewServeMux()
	mux.Handle("POST /login", loginHandler(&mu, sessions))
	mux.Handle("POST /logout", logoutHandler(&mu, sessions))

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

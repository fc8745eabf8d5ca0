// A legacy admin service has handlers that are not safe for concurrent use, so every route is
// wrapped in a serialize middleware holding one mutex around ServeHTTP. The /flags route added
// later was registered without the wrapper, and its write to the shared settings map runs
// while a wrapped /settings request holds the mutex.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type admin struct {
	settings map[string]string
}

func (a *admin) setSetting(w http.ResponseWriter, r *http.Request) {
	a.settings[r.FormValue("key")] = r.FormValue("value") // other access
	w.WriteHeader(http.StatusNoContent)
}

func (a *admin) setFlag(w http.ResponseWriter, r *http.Request) {
	a.settings["flag."+r.FormValue("name")] = "on" // want "concurrent map write"
	w.WriteHeader(http.StatusNoContent)
}

func serialize(mu *sync.Mutex, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		h(w, r)
	}
}

func main() {
	a := &admin{settings: map[string]string{}}
	var mu sync.Mutex
	mux := http.NewServeMux()
	mux.HandleFunc("POST /settings", serialize(&mu, a.setSetting))
	mux.HandleFunc("POST /flags", a.setFlag) // root cause

	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, target := range []string{"/settings?key=motd&value=hi", "/flags?name=beta"} {
		wg.Go(func() {
			<-start
			mux.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodPost, target, nil))
		})
	}
	close(start)
	wg.Wait()
	fmt.Println(len(a.settings))
}

// A feature-flag store's handler takes its mutex for every method that writes, PUT and POST
// alike, so a POST from one client and a PUT from another store into the flag map in turn.
package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
)

type FlagStore struct {
	mu    sync.Mutex
	flags map[string]string
}

func (s *FlagStore) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/flags/")
	if r.Method == http.MethodPut || r.Method == http.MethodPost {
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	switch r.Method {
	case http.MethodPut, http.MethodPost:
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		s.flags[name] = strings.TrimSpace(string(body))
		w.WriteHeader(http.StatusNoContent)
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func send(h http.Handler, method, path, body string) int {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(method, path, strings.NewReader(body)))
	return w.Code
}

func main() {
	store := &FlagStore{flags: map[string]string{}}
	codes := make(chan int)
	go func() { codes <- send(store, http.MethodPost, "/flags/new-checkout", "on") }()
	mine := send(store, http.MethodPut, "/flags/dark-mode", "off")
	theirs := <-codes
	store.mu.Lock()
	n := len(store.flags)
	store.mu.Unlock()
	if mine != http.StatusNoContent || theirs != http.StatusNoContent || n != 2 {
		os.Exit(1)
	}
	os.Stdout.WriteString("flags stored\n")
}

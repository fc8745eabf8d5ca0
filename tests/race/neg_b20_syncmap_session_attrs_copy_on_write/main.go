// Sessions live in a sync.Map and a *Session is never changed once stored: two requests of
// one session set preferences at once, each cloning the session's attribute map and swapping
// the clone in with CompareAndSwap, retrying when the other request won.
package main

import (
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
)

type Session struct {
	user  string
	attrs map[string]string
}

type Server struct {
	sessions sync.Map
}

func (s *Server) setPref(w http.ResponseWriter, r *http.Request) {
	v, ok := s.sessions.Load(r.Header.Get("X-Session"))
	if !ok {
		http.Error(w, "no session", http.StatusUnauthorized)
		return
	}
	q := r.URL.Query()
	for {
		old := v.(*Session)
		next := &Session{user: old.user, attrs: maps.Clone(old.attrs)}
		next.attrs[q.Get("key")] = q.Get("value")
		if s.sessions.CompareAndSwap(r.Header.Get("X-Session"), old, next) {
			break
		}
		v, _ = s.sessions.Load(r.Header.Get("X-Session"))
	}
	w.WriteHeader(http.StatusNoContent)
}

func request(s *Server, key, value string) int {
	r := httptest.NewRequest(http.MethodPost, "/prefs?key="+key+"&value="+value, nil)
	r.Header.Set("X-Session", "s-81")
	w := httptest.NewRecorder()
	s.setPref(w, r)
	return w.Code
}

func main() {
	s := &Server{}
	s.sessions.Store("s-81", &Session{user: "dana", attrs: map[string]string{}})
	done := make(chan int)
	go func() { done <- request(s, "theme", "dark") }()
	code := request(s, "lang", "de")
	code += <-done
	v, _ := s.sessions.Load("s-81")
	var keys []string
	for k := range v.(*Session).attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	os.Stdout.WriteString(strings.Join(keys, ",") + "\n")
	if code != 2*http.StatusNoContent {
		os.Exit(1)
	}
}

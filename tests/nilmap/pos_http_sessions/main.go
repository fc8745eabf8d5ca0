// A login handler stores sessions in a map the server literal never made.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type server struct {
	secret   string
	sessions map[string]string // token -> user
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	token := fmt.Sprintf("%x", len(s.sessions)+len(user))
	s.sessions[token] = user // want "nil map"
	fmt.Fprintln(w, token)
}

func main() {
	s := &server{secret: "k"}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", s.login)
	req := httptest.NewRequest(http.MethodPost, "/login", strings.NewReader("user=alice"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Print(rec.Body.String())
}

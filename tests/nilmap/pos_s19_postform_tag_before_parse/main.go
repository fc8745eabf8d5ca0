// A signup endpoint tags every submission with its source before validating it. The tag is set
// on r.PostForm first and the form is parsed only afterwards, but a request as the server
// hands it over has a nil PostForm until ParseForm runs, so the tag goes into a nil map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

func signup(w http.ResponseWriter, r *http.Request) {
	r.PostForm.Set("source", "web") // want "nil map"
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "welcome %s (%s)", r.PostForm.Get("email"), r.PostForm.Get("source"))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /signup", signup)
	body := url.Values{"email": {"ann@example.org"}}.Encode()
	req := httptest.NewRequest(http.MethodPost, "/signup", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Body.String())
}

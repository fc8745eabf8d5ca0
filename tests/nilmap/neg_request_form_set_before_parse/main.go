// A locale middleware fills in a default "locale" form value for handlers that read it with
// r.FormValue. A request built by the server (or httptest.NewRequest) has a nil Form until
// ParseForm runs, so the middleware parses the form first, which makes r.Form, and then sets
// the default on it.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func withDefaultLocale(def string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if r.URL.Query().Get("locale") == "" {
			r.Form.Set("locale", def)
		}
		next.ServeHTTP(w, r)
	})
}

func greet(w http.ResponseWriter, r *http.Request) {
	greetings := map[string]string{"en": "Hello", "de": "Hallo", "fr": "Bonjour"}
	g, ok := greetings[r.FormValue("locale")]
	if !ok {
		http.Error(w, "unsupported locale", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%s, %s", g, r.FormValue("name"))
}

func main() {
	h := withDefaultLocale("en", http.HandlerFunc(greet))
	for _, target := range []string{"/greet?name=Ann&locale=de", "/greet?name=Bob"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		fmt.Println(rec.Code, rec.Body.String())
	}
}

// Handlers that write into the request's form maps only once they exist: one parses through a
// helper of its own before tagging the form, the other makes the form itself when nothing has
// parsed it. Both run without a panic.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
)

func parsed(r *http.Request) error {
	return r.ParseForm()
}

func search(w http.ResponseWriter, r *http.Request) {
	if err := parsed(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	r.Form.Set("page", "1")
	fmt.Fprintf(w, "q=%s page=%s", r.Form.Get("q"), r.Form.Get("page"))
}

func export(w http.ResponseWriter, r *http.Request) {
	if r.Form == nil {
		r.Form = url.Values{}
	}
	r.Form["format"] = []string{"csv"}
	fmt.Fprintf(w, "format=%s", r.Form.Get("format"))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /search", search)
	mux.Handle("GET /export", http.HandlerFunc(export))
	for _, target := range []string{"/search?q=maps", "/export"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		fmt.Println(rec.Code, rec.Body.String())
	}
}

// A link checker follows redirects with an http.Client whose CheckRedirect hook records each hop
// under the URL the check started from, so the report can show redirect chains. newChecker makes
// the hop map, but the sitemap mode builds its checker by hand with only the client and the hook,
// so the first redirect runs the hook on a checker whose hop map is nil.
package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

type checker struct {
	client *http.Client
	hops   map[string][]string
}

func newChecker() *checker {
	c := &checker{hops: make(map[string][]string)}
	c.client = &http.Client{CheckRedirect: c.recordHop, Timeout: 5 * time.Second}
	return c
}

func (c *checker) recordHop(req *http.Request, via []*http.Request) error {
	if len(via) >= 5 {
		return errors.New("stopped after 5 redirects")
	}
	start := via[0].URL.Path
	c.hops[start] = append(c.hops[start], req.URL.Path) // want "nil map"
	return nil
}

func (c *checker) check(url string) (int, error) {
	resp, err := c.client.Get(url)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

func sitemapChecker() *checker {
	c := &checker{}
	c.client = &http.Client{CheckRedirect: c.recordHop, Timeout: 5 * time.Second}
	return c
}

func site() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "home") })
	mux.HandleFunc("/docs/v1", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/docs/v2", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/docs/v2", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "docs") })
	return httptest.NewServer(mux)
}

func main() {
	srv := site()
	defer srv.Close()
	c := sitemapChecker()
	for _, path := range []string{"/", "/docs/v1"} {
		code, err := c.check(srv.URL + path)
		if err != nil {
			fmt.Println(path, "error:", err)
			continue
		}
		fmt.Println(path, code, "via", c.hops[path])
	}
}

// An API SDK keeps session cookies in its own in-memory http.CookieJar (the standard cookiejar
// needs a public-suffix list the SDK does not ship). newJar makes the per-host map, but the
// client constructor builds the jar as a bare literal, so when the login response sets the
// session cookie, net/http calls SetCookies and it appends into a nil map.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"time"
)

type memJar struct {
	byHost map[string][]*http.Cookie
}

func newJar() *memJar {
	return &memJar{byHost: make(map[string][]*http.Cookie)}
}

func (j *memJar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	j.byHost[u.Host] = append(j.byHost[u.Host], cookies...) // want "nil map"
}

func (j *memJar) Cookies(u *url.URL) []*http.Cookie {
	return j.byHost[u.Host]
}

type Client struct {
	base string
	http *http.Client
}

func NewClient(base string) *Client {
	return &Client{base: base, http: &http.Client{Jar: &memJar{}, Timeout: 5 * time.Second}}
}

func (c *Client) get(path string) (string, error) {
	resp, err := c.http.Get(c.base + path)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

func apiServer() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "s-7f3a", Path: "/"})
		fmt.Fprint(w, "welcome")
	})
	mux.HandleFunc("/me", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("session"); err == nil {
			fmt.Fprint(w, "user for ", c.Value)
			return
		}
		http.Error(w, "no session", http.StatusUnauthorized)
	})
	return httptest.NewServer(mux)
}

func main() {
	srv := apiServer()
	defer srv.Close()
	c := NewClient(srv.URL)
	for _, p := range []string{"/login", "/me"} {
		body, err := c.get(p)
		fmt.Printf("%s: %q %v\n", p, body, err)
	}
}

// An SDK client keeps session cookies in its own http.CookieJar, a plain map keyed by host
// and name. The client is shared by two goroutines, so SetCookies after one response writes
// the map while the other request's Cookies ranges over it; a CookieJar must be safe for
// concurrent use.
package main

import (
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
)

type memoryJar struct {
	cookies map[string]*http.Cookie
}

func (j *memoryJar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	for _, c := range cookies {
		j.cookies[u.Host+"|"+c.Name] = c // want "concurrent map write"
	}
}

func (j *memoryJar) Cookies(u *url.URL) []*http.Cookie {
	var out []*http.Cookie
	for key, c := range j.cookies { // other access
		if strings.HasPrefix(key, u.Host+"|") {
			out = append(out, c)
		}
	}
	return out
}

// sessionTransport answers in-process and hands out a fresh session cookie per path.
type sessionTransport struct{}

func (sessionTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	h := http.Header{}
	h.Add("Set-Cookie", "session="+strings.Trim(req.URL.Path, "/")+"; Path=/")
	return &http.Response{StatusCode: http.StatusOK, Header: h, Request: req,
		Body: io.NopCloser(strings.NewReader("ok"))}, nil
}

func main() {
	jar := &memoryJar{cookies: make(map[string]*http.Cookie)}
	client := &http.Client{Transport: sessionTransport{}, Jar: jar}
	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, svc := range []string{"billing", "search"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for _, path := range []string{"/login", "/" + svc, "/logout"} {
				resp, err := client.Get("https://" + svc + ".example.com" + path)
				if err != nil {
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}()
	}
	close(start)
	wg.Wait()

	keys := make([]string, 0, len(jar.cookies))
	for k, c := range jar.cookies {
		keys = append(keys, k+"="+c.Value)
	}
	sort.Strings(keys)
	os.Stdout.WriteString(strings.Join(keys, "\n") + "\n")
}

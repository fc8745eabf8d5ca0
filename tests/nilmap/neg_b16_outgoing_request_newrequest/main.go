// A reverse proxy's health prober builds its probe requests with http.NewRequest, which gives
// every request a Header map, so stamping the prober's request id with Header.Set is safe.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
)

type Prober struct {
	client *http.Client
	seq    int
}

func (p *Prober) probe(backend *url.URL) (int, error) {
	p.seq++
	u := *backend
	u.Path = "/healthz"
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("X-Probe-Id", strconv.Itoa(p.seq))
	resp, err := p.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func main() {
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Probe-Id") == "" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer backend.Close()

	u, err := url.Parse(backend.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	p := &Prober{client: backend.Client()}
	code, err := p.probe(u)
	fmt.Println(code, err)
}

// An SDK client routes requests through a corporate proxy except for hosts on the NO_PROXY list.
// The client decides every host it is configured for when it is built, before any request, so
// the http.Transport.Proxy function, called in each caller's goroutine, only reads the decision
// map (hosts it does not know go through the proxy).
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
)

type proxyPolicy struct {
	proxy   *url.URL
	noProxy []string
	// pac stands for the proxy auto-config download: every Proxy call waits for it, and it
	// completes once the client's first two requests are in.
	pac    *sync.WaitGroup
	direct map[string]bool
}

func (p *proxyPolicy) choose(req *http.Request) (*url.URL, error) {
	p.pac.Done()
	p.pac.Wait()
	if p.direct[req.URL.Hostname()] {
		return nil, nil
	}
	return p.proxy, nil
}

func (p *proxyPolicy) decide(hosts ...string) {
	for _, host := range hosts {
		direct := false
		for _, suffix := range p.noProxy {
			direct = direct || host == suffix || strings.HasSuffix(host, "."+suffix)
		}
		p.direct[host] = direct
	}
}

func get(client *http.Client, target string) string {
	resp, err := client.Get(target)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	return resp.Status
}

func main() {
	api := httptest.NewServer(http.NotFoundHandler())
	defer api.Close()
	corporate, _ := url.Parse("http://proxy.corp.example:3128")
	var pac sync.WaitGroup
	pac.Add(2)
	policy := &proxyPolicy{
		pac:     &pac,
		proxy:   corporate,
		noProxy: []string{"127.0.0.1", "localhost", "svc.cluster.local"},
		direct:  make(map[string]bool),
	}
	apiURL, _ := url.Parse(api.URL)
	policy.decide(apiURL.Hostname(), "billing.svc.cluster.local")
	client := &http.Client{Transport: &http.Transport{Proxy: policy.choose}}

	shutdown := make(chan struct{})
	var wg sync.WaitGroup
	var invoices string
	wg.Go(func() { invoices = get(client, api.URL+"/v1/invoices"); <-shutdown }) // a poller
	customers := get(client, api.URL+"/v1/customers")
	close(shutdown)
	wg.Wait()
	fmt.Println(invoices, "|", customers, "|", policy.direct)
}

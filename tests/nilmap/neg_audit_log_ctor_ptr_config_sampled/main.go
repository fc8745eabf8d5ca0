// An HTTP middleware samples requests per route when its sample rate is positive; the
// constructor makes the per-route map only then, and the service passes a rate of 10.
package main

import "fmt"

type Config struct {
	SampleEvery int
	Name        string
}

type sampler struct {
	every   int
	byRoute map[string]int
}

func newSampler(cfg *Config) *sampler {
	s := &sampler{every: cfg.SampleEvery}
	if cfg.SampleEvery > 0 {
		s.byRoute = make(map[string]int)
	}
	return s
}

func (s *sampler) seen(route string) {
	s.byRoute[route]++
}

func main() {
	s := newSampler(&Config{SampleEvery: 10, Name: "edge"})
	s.seen("/api")
	s.seen("/api")
	fmt.Println(s.every, s.byRoute["/api"])
}

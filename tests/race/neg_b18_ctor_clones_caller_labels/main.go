// A metrics scraper's constructor keeps a clone of the labels map its caller passed and starts
// the scrape loop, which renders the labels at once; the caller adds the instance label to its
// own map after the constructor returned, which the loop does not see.
package main

import (
	"maps"
	"os"
	"sort"
	"strings"
)

type Scraper struct {
	target  string
	labels  map[string]string
	stop    chan struct{}
	done    chan struct{}
	samples []string
}

func NewScraper(target string, labels map[string]string) *Scraper {
	s := &Scraper{
		target: target,
		labels: maps.Clone(labels),
		stop:   make(chan struct{}),
		done:   make(chan struct{}),
	}
	go s.loop()
	return s
}

func (s *Scraper) render() string {
	var pairs []string
	for k, v := range s.labels {
		pairs = append(pairs, k+"=\""+v+"\"")
	}
	sort.Strings(pairs)
	return "up{" + strings.Join(pairs, ",") + "} 1"
}

func (s *Scraper) loop() {
	defer close(s.done)
	s.samples = append(s.samples, s.render())
	<-s.stop
	s.samples = append(s.samples, s.render())
}

func (s *Scraper) Stop() []string {
	close(s.stop)
	<-s.done
	return s.samples
}

func main() {
	labels := map[string]string{"job": "checkout"}
	s := NewScraper("http://10.0.0.7:9100/metrics", labels)
	host, _, _ := strings.Cut(strings.TrimPrefix(s.target, "http://"), "/")
	labels["instance"] = host
	for _, sample := range s.Stop() {
		os.Stdout.WriteString(sample + "\n")
	}
}

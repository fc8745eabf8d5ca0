// A metrics scraper's constructor keeps the labels map its caller passed and starts the scrape
// loop, which renders the labels at once; the caller adds the instance label to its map before
// it calls the constructor, so the loop only reads the finished map.
package main

import (
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
		labels: labels,
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
	target := "http://10.0.0.7:9100/metrics"
	labels := map[string]string{"job": "checkout"}
	host, _, _ := strings.Cut(strings.TrimPrefix(target, "http://"), "/")
	labels["instance"] = host
	s := NewScraper(target, labels)
	for _, sample := range s.Stop() {
		os.Stdout.WriteString(sample + "\n")
	}
}

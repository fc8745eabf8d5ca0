// A health checker's checks embed Base, whose initBase makes the tags map. HTTPCheck later
// grew its own Tags field (check.go), which shadows Base.Tags; the code that tags a check by
// its kind names the embedded field, c.Base.Tags, which initBase made.
package main

import "fmt"

type checker struct {
	checks []*HTTPCheck
}

func (k *checker) addHTTP(name, url, team string) {
	c := NewHTTPCheck(name, url)
	c.Base.Tags["kind"] = "http"
	c.Base.Tags["team"] = team
	k.checks = append(k.checks, c)
}

func main() {
	k := &checker{}
	k.addHTTP("api", "http://api.internal/healthz", "core")
	k.addHTTP("web", "http://web.internal/healthz", "frontend")
	for _, c := range k.checks {
		fmt.Println(c.Name, c.URL, c.Tags, c.Base.Tags)
	}
}

// A mail part parser makes the attachment map when a Content-Disposition header is seen, but
// the body state checks for a Content-Type header before recording attachment lines, and
// every part has one: a part without a disposition writes into the nil map (a near miss of
// neg_chunked_trailer_state_machine: the key the guard finds is not the one the make saw).
package main

import (
	"fmt"
	"strings"
)

type Part struct {
	Header map[string]string
	Attach map[string]string
}

func parse(lines []string) *Part {
	p := &Part{Header: map[string]string{}}
	inBody := false
	for _, line := range lines {
		if line == "" {
			inBody = true
			continue
		}
		if !inBody {
			k, v, _ := strings.Cut(line, ":")
			k = strings.ToLower(strings.TrimSpace(k))
			if k == "content-disposition" {
				p.Attach = make(map[string]string)
			}
			p.Header[k] = strings.TrimSpace(v)
			continue
		}
		if _, ok := p.Header["content-type"]; !ok {
			continue
		}
		p.Attach[line] = "inline" // want "nil map"
	}
	return p
}

func main() {
	withFile := parse([]string{"Content-Type: text/plain", "Content-Disposition: attachment", "", "report.txt"})
	fmt.Println(withFile.Attach)
	plain := parse([]string{"Content-Type: text/plain", "", "hello"})
	fmt.Println(plain.Attach)
}

// A tracing client configures spans with a value-type options builder: each With method takes
// the options by value and returns the changed copy, so calls can be chained from a zero
// SpanOptions{}. WithTag copies the Tags map into a new one first (the copy must not share the
// caller's map), which also gives a zero SpanOptions its map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type SpanOptions struct {
	Kind   string
	Sample bool
	Tags   map[string]string
}

func (o SpanOptions) WithKind(kind string) SpanOptions {
	o.Kind = kind
	return o
}

func (o SpanOptions) WithTag(k, v string) SpanOptions {
	tags := make(map[string]string, len(o.Tags)+1)
	for tk, tv := range o.Tags {
		tags[tk] = tv
	}
	o.Tags = tags
	o.Tags[k] = v
	return o
}

func (o SpanOptions) Sampled() SpanOptions {
	o.Sample = true
	return o
}

func startSpan(name string, o SpanOptions) string {
	tags := make([]string, 0, len(o.Tags))
	for k, v := range o.Tags {
		tags = append(tags, k+"="+v)
	}
	sort.Strings(tags)
	return fmt.Sprintf("%s kind=%s sampled=%v [%s]", name, o.Kind, o.Sample, strings.Join(tags, " "))
}

func main() {
	fmt.Println(startSpan("healthz", SpanOptions{}.WithKind("server")))
	opts := SpanOptions{}.WithKind("client").Sampled().WithTag("peer.service", "billing")
	fmt.Println(startSpan("charge", opts))
}

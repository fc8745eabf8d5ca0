// Reduced from hashicorp/terraform-plugin-sdk/v2 v2.41.1, helper/schema/core_schema.go:370, a
// nil-map write mapscope check found: Resource.CoreConfigSchema takes the block that
// schemaMap.CoreConfigSchema builds, which for an empty schema is `&configschema.Block{}` with
// both maps nil (the comment there says an empty object, not nil, is wanted). It then makes
// `Attributes` when nil, to add the implicit "id", but not `BlockTypes`, and writes the
// timeouts block into it when the resource declares timeouts. `Resource{Timeouts:
// &ResourceTimeout{Create: ...}}.CoreConfigSchema()` panics with `assignment to entry in nil
// map` at core_schema.go:370 (checked with a test in the module). Our own rewrite.
package main

import (
	"fmt"
	"time"
)

type attribute struct {
	kind     string
	optional bool
	computed bool
}

type nestedBlock struct {
	nesting string
	block   block
}

type block struct {
	attributes map[string]*attribute
	blockTypes map[string]*nestedBlock
}

type fieldSchema struct {
	kind string
}

type resourceTimeout struct {
	create, read, update, delete *time.Duration
}

type resource struct {
	schema   map[string]*fieldSchema
	timeouts *resourceTimeout
}

func coreConfigSchema(m map[string]*fieldSchema) *block {
	if len(m) == 0 {
		// An empty object, not nil: nil would mean no schema at all.
		return &block{}
	}
	ret := &block{
		attributes: map[string]*attribute{},
		blockTypes: map[string]*nestedBlock{},
	}
	for name, s := range m {
		ret.attributes[name] = &attribute{kind: s.kind, optional: true}
	}
	return ret
}

func (r *resource) coreConfigSchema() *block {
	b := coreConfigSchema(r.schema)
	if b.attributes == nil {
		b.attributes = map[string]*attribute{}
	}
	if b.attributes["id"] == nil {
		b.attributes["id"] = &attribute{kind: "string", optional: true, computed: true}
	}
	_, timeoutsAttr := b.attributes["timeouts"]
	_, timeoutsBlock := b.blockTypes["timeouts"]
	if r.timeouts != nil && !timeoutsAttr && !timeoutsBlock {
		timeouts := block{attributes: map[string]*attribute{}}
		if r.timeouts.create != nil {
			timeouts.attributes["create"] = &attribute{kind: "string", optional: true}
		}
		if r.timeouts.delete != nil {
			timeouts.attributes["delete"] = &attribute{kind: "string", optional: true}
		}
		b.blockTypes["timeouts"] = &nestedBlock{nesting: "single", block: timeouts} // want "nil map"
	}
	return b
}

func main() {
	withFields := &resource{schema: map[string]*fieldSchema{"name": {kind: "string"}}}
	fmt.Println(len(withFields.coreConfigSchema().attributes))
	create := 20 * time.Minute
	marker := &resource{timeouts: &resourceTimeout{create: &create}}
	fmt.Println(len(marker.coreConfigSchema().blockTypes))
}

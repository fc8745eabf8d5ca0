// Reduced from IBM/sarama v1.62.0, offset_manager_test.go:145, where mapscope check reported
// `resp.Blocks[topic][partition] = ...` as a write into a nil inner map because the decoder
// (offset_fetch_response.go:283) stores nil placeholders into `Blocks` for empty topics. The
// mock broker builds its own response: a fresh struct whose Blocks map it makes itself and
// fills only with made inner maps before the write. Our own rewrite.
package main

import (
	"fmt"
	"strings"
)

type block struct {
	offset int64
}

type fetchResponse struct {
	Blocks map[string]map[int32]*block
}

// decode reads "topic:count" lines; a topic with no partitions keeps a nil placeholder.
func (r *fetchResponse) decode(text string) {
	r.Blocks = make(map[string]map[int32]*block)
	for _, line := range strings.Fields(text) {
		name, count, _ := strings.Cut(line, ":")
		r.Blocks[name] = nil
		if count != "0" {
			r.Blocks[name] = make(map[int32]*block)
			r.Blocks[name][0] = &block{offset: 1}
		}
	}
}

// mockFetch answers a request for topics and partitions with zero offsets.
func mockFetch(partitions map[string][]int32) *fetchResponse {
	resp := new(fetchResponse)
	resp.Blocks = map[string]map[int32]*block{}
	for topic, parts := range partitions {
		for _, p := range parts {
			if _, ok := resp.Blocks[topic]; !ok {
				resp.Blocks[topic] = map[int32]*block{}
			}
			resp.Blocks[topic][p] = &block{}
		}
	}
	return resp
}

func main() {
	var decoded fetchResponse
	decoded.decode("orders:2 audit:0")
	fmt.Println(len(decoded.Blocks), decoded.Blocks["audit"] == nil)
	resp := mockFetch(map[string][]int32{"orders": {0, 1}, "audit": {0}})
	fmt.Println(len(resp.Blocks["orders"]), len(resp.Blocks["audit"]))
}

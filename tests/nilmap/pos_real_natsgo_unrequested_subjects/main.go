// Reduced from nats-io/nats.go v1.56.0, jetstream/stream.go:491 (stream.info), found by mapscope
// check: the client makes its map of per-subject counts only when its request carries a subject
// filter, but copies the response's subjects whenever the response has any. nats-server fills
// them only for a filtered request, so this panics only on a response the client did not ask
// for (a non-conforming server or proxy); here a fake API answers with subjects anyway.
// This program is our own rewrite.
package main

import "fmt"

type infoRequest struct {
	subjectFilter string
	offset        int
}

type streamState struct {
	msgs     uint64
	subjects map[string]uint64
}

type infoResponse struct {
	total int
	state streamState
}

type api func(req *infoRequest) infoResponse

func info(call api, req *infoRequest) (streamState, error) {
	var subjects map[string]uint64
	var offset int
	for {
		if req != nil && req.subjectFilter != "" {
			if subjects == nil {
				subjects = make(map[string]uint64)
			}
			req.offset = offset
		}
		resp := call(req)
		if len(resp.state.subjects) > 0 {
			for subj, n := range resp.state.subjects {
				subjects[subj] = n // want "nil map"
			}
			offset = len(subjects)
		}
		if resp.total == 0 || resp.total <= offset {
			resp.state.subjects = subjects
			return resp.state, nil
		}
	}
}

func main() {
	honest := func(req *infoRequest) infoResponse {
		if req == nil || req.subjectFilter == "" {
			return infoResponse{state: streamState{msgs: 3}}
		}
		return infoResponse{total: 1, state: streamState{msgs: 3, subjects: map[string]uint64{"orders.new": 3}}}
	}
	st, _ := info(honest, &infoRequest{subjectFilter: "orders.>"})
	fmt.Println(st.msgs, len(st.subjects))
	st, _ = info(honest, nil)
	fmt.Println(st.msgs, len(st.subjects))

	chatty := func(*infoRequest) infoResponse {
		return infoResponse{total: 1, state: streamState{msgs: 3, subjects: map[string]uint64{"orders.new": 3}}}
	}
	st, _ = info(chatty, nil)
	fmt.Println(st.msgs, len(st.subjects))
}

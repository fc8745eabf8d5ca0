// Reduced from github.com/centrifugal/centrifuge v0.40.1, client_lifecycle_fuzz_test.go:2128
// and :2131 (fzWorld.onConnecting), where mapscope check reported two nil-map writes to
// `reply.Subscriptions`: the reply literal leaves the map nil and it is made only when
// `dec.subs != 0`, but each write is under `dec.subs&1 != 0` or `dec.subs&2 != 0`, and a value
// with a bit set is not zero. A near miss: a mask test implies the test that made the map. Our
// own rewrite.
package main

import "fmt"

type SubscribeOptions struct {
	EnableRecovery bool
	EmitPresence   bool
}

type ConnectReply struct {
	UserID        string
	Subscriptions map[string]SubscribeOptions
}

type connecting struct {
	deny bool
	subs byte // bit 0: the first channel, bit 1: the second.
}

func onConnecting(dec connecting) (ConnectReply, error) {
	if dec.deny {
		return ConnectReply{}, fmt.Errorf("permission denied")
	}
	reply := ConnectReply{UserID: "u"}
	if dec.subs != 0 {
		reply.Subscriptions = map[string]SubscribeOptions{}
	}
	if dec.subs&1 != 0 {
		reply.Subscriptions["s0"] = SubscribeOptions{EnableRecovery: true}
	}
	if dec.subs&2 != 0 {
		reply.Subscriptions["s1"] = SubscribeOptions{EmitPresence: true}
	}
	return reply, nil
}

func main() {
	for i := 0; i < 5; i++ {
		reply, err := onConnecting(connecting{deny: i == 4, subs: byte(i)})
		fmt.Println(len(reply.Subscriptions), err)
	}
}

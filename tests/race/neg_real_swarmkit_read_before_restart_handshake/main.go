// Reduced from moby/swarmkit/v2 v2.0.0, manager/state/raft/storage_test.go:787, where mapscope
// check reported the test's goroutine reading the map of cluster members (`len(nodes)`, its
// first statement, :753) while the test replaces a member (:787). The test replaces a member
// only after an unbuffered send on `restart`, which the goroutine receives after that read, and
// the goroutine looks at the map again only after a second handshake (`clusterReady`) that the
// test sends once the member is replaced: every access is ordered. Our own rewrite.
package main

import "fmt"

type member struct {
	id    int
	epoch int
}

func leaderOf(members map[int]*member) *member {
	var best *member
	for _, m := range members {
		if best == nil || m.id < best.id {
			best = m
		}
	}
	return best
}

func main() {
	members := map[int]*member{1: {id: 1}, 2: {id: 2}, 3: {id: 3}}
	leader := members[1]

	done, stop := make(chan struct{}), make(chan struct{})
	restart, ready := make(chan struct{}), make(chan struct{})
	proposals := 0
	go func() {
		counter := len(members)
		for {
			select {
			case <-stop:
				fmt.Println("proposed", proposals, "from", counter, "members")
				close(done)
				return
			case <-restart:
				<-ready
				leader = leaderOf(members)
			default:
				if leader != nil {
					proposals++
				}
			}
		}
	}()

	for i := 0; i < 5; i++ {
		restart <- struct{}{}
		members[3] = &member{id: 3, epoch: i + 1}
		ready <- struct{}{}
	}
	close(stop)
	<-done
}

// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6),
// weed/mq/kafka/consumer/static_membership_test.go:178, where mapscope check reported the test
// goroutine's unlocked `group.Members[member.ID] = member` as racing with FindStaticMember's read
// of `group.Members[memberID]` (group_coordinator.go:211) on the other test goroutine. The writer
// then registers the member's instance id in `group.StaticMembers` under the group's lock, and
// the reader looks the id up under the same lock and reads Members only when it finds it: a
// read that happens at all comes after the registration's unlock, hence after the write. A near
// miss: the read is reached only through a key published under the lock after the unlocked
// write. Our own rewrite.
package main

import (
	"fmt"
	"sync"
	"time"
)

type member struct {
	id, instanceID string
}

type consumerGroup struct {
	mu            sync.RWMutex
	members       map[string]*member
	staticMembers map[string]string
}

func registerStaticMember(g *consumerGroup, m *member) {
	if m.instanceID == "" {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.staticMembers[m.instanceID] = m.id
}

func findStaticMember(g *consumerGroup, instanceID string) *member {
	if instanceID == "" {
		return nil
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	if id, ok := g.staticMembers[instanceID]; ok {
		return g.members[id]
	}
	return nil
}

func main() {
	g := &consumerGroup{members: map[string]*member{}, staticMembers: map[string]string{}}
	done := make(chan bool, 2)
	found := make(chan *member, 1)

	go func() {
		m := &member{id: "member-1", instanceID: "static-instance-1"}
		g.members[m.id] = m
		registerStaticMember(g, m)
		done <- true
	}()

	go func() {
		time.Sleep(time.Millisecond)
		found <- findStaticMember(g, "static-instance-1")
		done <- true
	}()

	<-done
	<-done
	fmt.Println((<-found) != nil)
}

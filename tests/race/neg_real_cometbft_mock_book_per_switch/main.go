// Reduced from cometbft/cometbft v1.0.1, p2p/test_util.go:346 and :358 (AddrBookMock), where
// mapscope check reported the unlocked mock address book written by the switch's reconnect
// goroutine (switch.go:727, started by TestSwitchReconnectsToOutboundPersistentPeer) while
// TestSwitchFiltersOutItself wrote and read it directly. Each test makes its own switch, and
// the helper that makes a switch gives it its own mock book (initSwitchFunc); the reconnect
// goroutine of one test's switch writes that switch's book, never the other test's. A near
// miss: two switches, two books, one helper making both. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type addrBookMock struct {
	addrs    map[string]struct{}
	ourAddrs map[string]struct{}
}

func (b *addrBookMock) addOurAddress(a string)   { b.ourAddrs[a] = struct{}{} }
func (b *addrBookMock) removeAddress(a string)   { delete(b.addrs, a) }
func (b *addrBookMock) hasAddress(a string) bool { _, ok := b.addrs[a]; return ok }

type netSwitch struct {
	self string
	book *addrBookMock
	wg   sync.WaitGroup
}

func makeSwitch(self string) *netSwitch {
	return &netSwitch{self: self, book: &addrBookMock{
		addrs:    make(map[string]struct{}),
		ourAddrs: make(map[string]struct{}),
	}}
}

// dial rejects our own address and remembers it as ours.
func (sw *netSwitch) dial(addr string) error {
	if addr == sw.self {
		sw.book.removeAddress(addr)
		sw.book.addOurAddress(addr)
		return fmt.Errorf("%s is ourselves", addr)
	}
	return nil
}

func (sw *netSwitch) reconnect(addr string) {
	defer sw.wg.Done()
	for range 3 {
		if sw.dial(addr) == nil {
			return
		}
	}
}

// reconnectsToPeer lets a dial fail and leaves the retry to the reconnect goroutine.
func reconnectsToPeer() *netSwitch {
	sw := makeSwitch("node-a")
	sw.wg.Add(1)
	go sw.reconnect("node-a")
	return sw
}

// filtersOutItself dials its own address directly.
func filtersOutItself() {
	sw := makeSwitch("node-b")
	if sw.dial("node-b") == nil {
		panic("expected self to be rejected")
	}
	fmt.Println(len(sw.book.ourAddrs), sw.book.hasAddress("node-b"))
}

func main() {
	first := reconnectsToPeer()
	filtersOutItself()
	first.wg.Wait()
	fmt.Println(len(first.book.ourAddrs))
}

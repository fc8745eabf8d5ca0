// Shape of a real fix: blinklabs-io/gouroboros PR #489 ("fix: adding locking around muxer
// protocol receivers map to prevent data race", https://github.com/blinklabs-io/gouroboros/pull/489,
// for issue #488). A connection muxer starts its read loop, which looks up the receiver of each
// frame, and protocols register their receivers afterwards, while the loop is running.
package main

import (
	"fmt"
	"sync"
)

type frame struct {
	protocol uint16
	payload  string
}

type muxer struct {
	frames    chan frame
	receivers map[uint16]chan string
	dropped   int
	wg        sync.WaitGroup
}

func newMuxer(frames chan frame) *muxer {
	m := &muxer{frames: frames, receivers: make(map[uint16]chan string)}
	m.wg.Add(1)
	go m.readLoop()
	return m
}

func (m *muxer) readLoop() {
	defer m.wg.Done()
	for f := range m.frames {
		ch, ok := m.receivers[f.protocol] // other access
		if !ok {
			m.dropped++
			continue
		}
		ch <- f.payload
	}
}

func (m *muxer) registerProtocol(id uint16) chan string {
	ch := make(chan string, 4)
	m.receivers[id] = ch // want "concurrent map write"
	return ch
}

func main() {
	frames := make(chan frame, 2)
	frames <- frame{protocol: 2, payload: "handshake"}
	close(frames)
	m := newMuxer(frames)
	m.registerProtocol(7)
	m.wg.Wait()
	fmt.Println(m.dropped)
}

// A connection muxer whose protocols register their receivers before the read loop starts;
// the loop only reads the map.
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
	return &muxer{frames: frames, receivers: make(map[uint16]chan string)}
}

func (m *muxer) start() {
	m.wg.Add(1)
	go m.readLoop()
}

func (m *muxer) readLoop() {
	defer m.wg.Done()
	for f := range m.frames {
		ch, ok := m.receivers[f.protocol]
		if !ok {
			m.dropped++
			continue
		}
		ch <- f.payload
	}
}

func (m *muxer) registerProtocol(id uint16) chan string {
	ch := make(chan string, 4)
	m.receivers[id] = ch
	return ch
}

func main() {
	frames := make(chan frame, 2)
	frames <- frame{protocol: 2, payload: "handshake"}
	close(frames)
	m := newMuxer(frames)
	m.registerProtocol(7)
	m.start()
	m.wg.Wait()
	fmt.Println(m.dropped)
}

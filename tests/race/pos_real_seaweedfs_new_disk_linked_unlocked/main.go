// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6), weed/topology/node.go:526, where
// mapscope check reported doLinkChildNode's `n.children[node.Id()] = node` as racing with the
// range over a data node's children in GetEcShards (data_node_ec.go:11). DataNode.getOrCreateDisk
// (data_node.go:95) links a Disk for a disk type the node has none for, and its callers
// AddOrUpdateEcShard and DeleteEcShard (reached from DeltaUpdateEcShards, the incremental EC
// heartbeat), AdjustMaxVolumeCounts and AdjustDiskUsageBytes take no lock of the node, while
// GetEcShards and the other readers range over the children under the node's read lock. A
// heartbeat that brings the first EC shard of a new disk type links the disk during such a
// range. (The test the finding named, TestEcCountRefreshDoesNotRaceReaders, makes the disk
// before its readers start, so it does not reach the write.) Our own rewrite.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type ecShard struct {
	volumeID uint32
	diskType string
}

type disk struct {
	mu       sync.Mutex
	diskType string
	ecShards map[uint32]*ecShard
}

func (d *disk) addOrUpdateEcShard(s *ecShard) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.ecShards[s.volumeID] = s
}

type dataNode struct {
	sync.RWMutex
	children map[string]*disk
}

func (dn *dataNode) doLinkChildNode(d *disk) {
	if dn.children[d.diskType] == nil {
		dn.children[d.diskType] = d // want "concurrent map write"
	}
}

func (dn *dataNode) getOrCreateDisk(diskType string) *disk {
	d, found := dn.children[diskType]
	if !found {
		d = &disk{diskType: diskType, ecShards: make(map[uint32]*ecShard)}
		dn.doLinkChildNode(d)
	}
	return d
}

// addOrUpdateEcShard takes no lock of the node, as DataNode.AddOrUpdateEcShard does.
func (dn *dataNode) addOrUpdateEcShard(s *ecShard) {
	dn.getOrCreateDisk(s.diskType).addOrUpdateEcShard(s)
}

// diskTypes lists the node's disks under its read lock, as the readers of its children do.
func (dn *dataNode) diskTypes() (out []string) {
	dn.RLock()
	for diskType := range dn.children { // other access
		out = append(out, diskType)
	}
	dn.RUnlock()
	return out
}

func main() {
	dn := &dataNode{children: map[string]*disk{}}
	dn.addOrUpdateEcShard(&ecShard{volumeID: 100, diskType: "hdd"})

	ready := make(chan struct{})
	done := make(chan struct{})
	var rounds atomic.Int64
	var readers sync.WaitGroup
	readers.Add(1)
	go func() {
		defer readers.Done()
		close(ready)
		seen := 0
		for {
			select {
			case <-done:
				fmt.Println("reader saw", seen > 0)
				return
			default:
			}
			seen += len(dn.diskTypes())
			rounds.Add(1)
		}
	}()

	<-ready
	// Incremental heartbeats bring the node's first shards on new disk types.
	for i, diskType := range []string{"ssd", "nvme", "archive"} {
		dn.addOrUpdateEcShard(&ecShard{volumeID: uint32(101 + i), diskType: diskType})
		// Lets the reader range on for a while; a load orders nothing before the write.
		for start := rounds.Load(); rounds.Load() < start+50; {
			runtime.Gosched()
		}
	}
	close(done)
	readers.Wait()
	fmt.Println(len(dn.children))
}

// Reduced from lnd v0.18.3-beta.rc3, discovery/gossiper.go:1085 and :1124
// (deDupedAnnouncements.addMsg), a nil path found by mapscope check. For a channel update or a
// node announcement, addMsg looks up the batched copy for the message's key and takes its
// timestamp, 0 when there is none; it drops the message when the old timestamp is newer and
// stores a fresh entry, with a made senders map, when it is older. When the two are equal it
// adds the sender to the entry it looked up, and for a key not in the batch with a message
// whose timestamp is 0 that entry is the zero value, whose senders map is nil: the write
// panics. The gossiper's staleness check (graph.Builder.IsStaleEdgePolicy) does not reject a
// timestamp of 0 for an edge without a policy yet; whether such an update reaches the batch
// from the network was not established. This program is our own rewrite.
package main

import "fmt"

type vertex [4]byte

type channelUpdate struct {
	chanID    uint64
	flags     uint8
	timestamp uint32
}

type updateID struct {
	chanID uint64
	flags  uint8
}

type msgWithSenders struct {
	msg     *channelUpdate
	isLocal bool
	senders map[vertex]struct{}
}

type deDuped struct {
	updates map[updateID]msgWithSenders
}

func (d *deDuped) reset() {
	d.updates = make(map[updateID]msgWithSenders)
}

func (d *deDuped) addUpdate(msg *channelUpdate, sender vertex, remote bool) {
	key := updateID{msg.chanID, msg.flags}
	oldTimestamp := uint32(0)
	mws, ok := d.updates[key]
	if ok {
		oldTimestamp = mws.msg.timestamp
	}
	if oldTimestamp > msg.timestamp {
		return
	}
	if oldTimestamp < msg.timestamp {
		mws = msgWithSenders{msg: msg, isLocal: !remote, senders: make(map[vertex]struct{})}
		mws.senders[sender] = struct{}{}
		d.updates[key] = mws
		return
	}
	mws.msg = msg
	mws.senders[sender] = struct{}{} // want "nil map"
	d.updates[key] = mws
}

func main() {
	var d deDuped
	d.reset()
	d.addUpdate(&channelUpdate{chanID: 7, timestamp: 1700000000}, vertex{1}, true)
	d.addUpdate(&channelUpdate{chanID: 7, timestamp: 1700000000}, vertex{2}, true)
	fmt.Println(len(d.updates[updateID{7, 0}].senders))
	// A first update for another channel whose timestamp is 0.
	d.addUpdate(&channelUpdate{chanID: 9, flags: 1}, vertex{3}, true)
	fmt.Println(len(d.updates))
}

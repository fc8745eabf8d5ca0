// Reduced from nats-io/nats-server v2.15.3, server/jetstream.go:2014, :2025 and :2044
// (Account.JetStreamUsage), where mapscope check reported three nil-map writes: the usage
// report makes its per-tier map only when the account has no default tier (`l, defaultTier :=
// limits[""]`, the map made in the else branch), and every later write to it, in the clustered
// and in the single-server loop, sits under `if !defaultTier`; the bool is never reassigned.
// A near miss; this program is our own rewrite.
package main

import "fmt"

type tier struct {
	limit, streams, consumers int
}

type usage struct {
	limit   int
	streams int
	tiers   map[string]tier
}

type stream struct {
	tier      string
	consumers int
}

func report(limits map[string]int, streams []stream, clustered bool) usage {
	var u usage
	l, defaultTier := limits[""]
	if defaultTier {
		u.limit = l
	} else {
		u.tiers = make(map[string]tier)
		for name, lim := range limits {
			u.tiers[name] = tier{limit: lim}
		}
	}
	if clustered {
		for _, s := range streams {
			if defaultTier {
				u.streams++
			} else {
				t := u.tiers[s.tier]
				t.streams++
				u.tiers[s.tier] = t
			}
		}
	} else {
		for _, s := range streams {
			if !defaultTier {
				t := u.tiers[s.tier]
				t.consumers += s.consumers
				u.tiers[s.tier] = t
			}
		}
	}
	return u
}

func main() {
	streams := []stream{{"R1", 2}, {"R3", 1}}
	fmt.Println(report(map[string]int{"": 10}, streams, true))
	fmt.Println(report(map[string]int{"R1": 5}, streams, false))
	fmt.Println(report(map[string]int{"R3": 5}, streams, true))
}

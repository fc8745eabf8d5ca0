// A service discovery client resolves its upstream hosts in a goroutine and gives up after a
// deadline. On the deadline it cancels the resolver and waits for the goroutine to return
// before handing out the partial address map, so the caller's fallback address is written
// after the resolver's last store.
package main

import (
	"context"
	"fmt"
	"sort"
	"time"
)

type DNS interface {
	Resolve(ctx context.Context, host string) string
}

// slowDNS answers at once, except for hosts it has to ask upstream about, which take until
// the upstream channel is closed.
type slowDNS struct {
	upstream chan struct{}
	slow     map[string]bool
}

func (d slowDNS) Resolve(ctx context.Context, host string) string {
	if d.slow[host] {
		select {
		case <-d.upstream:
		case <-ctx.Done():
			return ""
		}
	}
	return "10.0.0." + fmt.Sprint(len(host))
}

type Resolution struct {
	Addrs    map[string]string
	Complete bool
	done     chan struct{}
}

func ResolveAll(ctx context.Context, dns DNS, hosts []string, deadline time.Duration) *Resolution {
	r := &Resolution{Addrs: make(map[string]string), done: make(chan struct{})}
	ctx, cancel := context.WithTimeout(ctx, deadline)
	defer cancel()
	go func() {
		defer close(r.done)
		for _, h := range hosts {
			if ctx.Err() != nil {
				return
			}
			r.Addrs[h] = dns.Resolve(ctx, h)
		}
	}()
	select {
	case <-r.done:
		r.Complete = true
	case <-ctx.Done():
		cancel()
		<-r.done
	}
	return r
}

func main() {
	dns := slowDNS{upstream: make(chan struct{}), slow: map[string]bool{"billing.internal": true}}
	r := ResolveAll(context.Background(), dns, []string{"auth.internal", "billing.internal", "search.internal"}, 5*time.Millisecond)
	if !r.Complete {
		close(dns.upstream) // upstream answers late
		r.Addrs["billing.internal"] = "10.9.9.9"
	}
	<-r.done
	hosts := make([]string, 0, len(r.Addrs))
	for h := range r.Addrs {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	fmt.Println(r.Complete, hosts)
}

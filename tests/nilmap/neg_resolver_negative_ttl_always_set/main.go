// A caching DNS resolver remembers NXDOMAIN answers for Config.NegativeTTL. The constructor
// makes the negative cache only when that TTL is set, and Lookup stores every NXDOMAIN into
// it; the only caller sets the TTL, so the cache is always made before a miss is stored.
package main

import (
	"errors"
	"fmt"
	"time"
)

var errNXDomain = errors.New("no such host")

type Config struct {
	NegativeTTL time.Duration // 0 disables negative caching
}

type Resolver struct {
	cfg      Config
	upstream map[string]string
	pos      map[string]string
	neg      map[string]time.Time // name -> cached until
}

func NewResolver(cfg Config, upstream map[string]string) *Resolver {
	r := &Resolver{cfg: cfg, upstream: upstream, pos: make(map[string]string)}
	if cfg.NegativeTTL > 0 {
		r.neg = make(map[string]time.Time)
	}
	return r
}

func (r *Resolver) Lookup(name string, now time.Time) (string, error) {
	if ip, ok := r.pos[name]; ok {
		return ip, nil
	}
	if until, ok := r.neg[name]; ok && now.Before(until) {
		return "", errNXDomain
	}
	ip, ok := r.upstream[name]
	if !ok {
		r.neg[name] = now.Add(r.cfg.NegativeTTL)
		return "", fmt.Errorf("lookup %s: %w", name, errNXDomain)
	}
	r.pos[name] = ip
	return ip, nil
}

func main() {
	upstream := map[string]string{"api.internal": "10.0.0.7", "db.internal": "10.0.0.9"}
	r := NewResolver(Config{NegativeTTL: 30 * time.Second}, upstream)
	now := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, name := range []string{"api.internal", "api.internal", "cache.internal"} {
		ip, err := r.Lookup(name, now)
		fmt.Println(name, ip, err)
	}
}

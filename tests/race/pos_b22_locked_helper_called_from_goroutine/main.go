// A certificate cache refreshes entries close to expiry. Refresh walks the entries under
// the lock and hands each stale one to a goroutine, which stores the renewed certificate
// through putLocked, a helper meant for callers that hold the lock; the goroutine does not.
package main

import (
	"os"
	"strconv"
	"sync"
)

type cert struct {
	host    string
	serial  int
	expires int
}

type certCache struct {
	mu    sync.Mutex
	certs map[string]cert
	wg    sync.WaitGroup
}

// putLocked stores c; the caller holds cc.mu.
func (cc *certCache) putLocked(c cert) {
	cc.certs[c.host] = c // want "concurrent map write"
}

func (cc *certCache) Put(c cert) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	cc.putLocked(c)
}

func renew(c cert, now int) cert {
	return cert{host: c.host, serial: c.serial + 1, expires: now + 90}
}

// Refresh renews, in the background, every certificate that expires within a week.
func (cc *certCache) Refresh(now int) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	var stale []cert
	for _, c := range cc.certs {
		if c.expires-now <= 7 {
			stale = append(stale, c)
		}
	}
	for _, c := range stale {
		cc.wg.Go(func() {
			cc.putLocked(renew(c, now))
		})
	}
}

func main() {
	cc := &certCache{certs: make(map[string]cert)}
	cc.Put(cert{host: "api.example.com", serial: 1, expires: 103})
	cc.Refresh(100)
	cc.Put(cert{host: "www.example.com", serial: 7, expires: 190})
	cc.wg.Wait()
	for _, host := range []string{"api.example.com", "www.example.com"} {
		c := cc.certs[host]
		os.Stdout.WriteString(host + " serial=" + strconv.Itoa(c.serial) + " expires=" + strconv.Itoa(c.expires) + "\n")
	}
}

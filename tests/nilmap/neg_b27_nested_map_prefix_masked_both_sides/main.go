// An IPAM service keeps address leases per subnet in map[netip.Prefix]map[netip.Addr]string.
// AddSubnet registers each subnet under its masked prefix, and Lease masks the subnet the
// operator typed the same way ("10.20.7.0/16" becomes 10.20.0.0/16) and refuses subnets that
// were never added, so every lease goes into an inner map AddSubnet made.
package main

import (
	"fmt"
	"net/netip"
)

type IPAM struct {
	leases map[netip.Prefix]map[netip.Addr]string
}

func NewIPAM() *IPAM {
	return &IPAM{leases: make(map[netip.Prefix]map[netip.Addr]string)}
}

func (p *IPAM) AddSubnet(cidr string) error {
	pfx, err := netip.ParsePrefix(cidr)
	if err != nil {
		return fmt.Errorf("subnet %q: %w", cidr, err)
	}
	pfx = pfx.Masked()
	if _, ok := p.leases[pfx]; !ok {
		p.leases[pfx] = make(map[netip.Addr]string)
	}
	return nil
}

func (p *IPAM) Lease(subnet, addr, owner string) error {
	pfx, err := netip.ParsePrefix(subnet)
	if err != nil {
		return fmt.Errorf("subnet %q: %w", subnet, err)
	}
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return fmt.Errorf("address %q: %w", addr, err)
	}
	if !pfx.Contains(a) {
		return fmt.Errorf("%s is outside %s", a, pfx)
	}
	inner, ok := p.leases[pfx.Masked()]
	if !ok {
		return fmt.Errorf("subnet %s is not managed", pfx.Masked())
	}
	inner[a] = owner
	return nil
}

type request struct{ subnet, addr, owner string }

func main() {
	ipam := NewIPAM()
	for _, cidr := range []string{"10.20.0.0/16", "192.168.1.0/24"} {
		if err := ipam.AddSubnet(cidr); err != nil {
			fmt.Println(err)
		}
	}
	requests := []request{
		{"192.168.1.0/24", "192.168.1.10", "printer-2f"},
		{"10.20.7.0/16", "10.20.9.4", "build-agent-3"},
	}
	for _, r := range requests {
		if err := ipam.Lease(r.subnet, r.addr, r.owner); err != nil {
			fmt.Println("lease refused:", err)
		}
	}
	for pfx, leases := range ipam.leases {
		fmt.Println(pfx, len(leases), "leases")
	}
}

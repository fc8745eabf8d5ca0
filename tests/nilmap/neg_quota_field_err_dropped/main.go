// A tenant service loads per-tenant quotas from a "k=v,k=v" spec into a struct field; when the
// parser returns (nil, err) the constructor logs it and starts from an empty quota map.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type tenantService struct {
	quotas map[string]int
}

func parseQuotas(spec string) (map[string]int, error) {
	out := make(map[string]int)
	for _, kv := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("quota %q: missing '='", kv)
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return nil, fmt.Errorf("quota %q: %w", kv, err)
		}
		out[k] = n
	}
	return out, nil
}

func newTenantService(spec string) *tenantService {
	s := &tenantService{}
	var err error
	if s.quotas, err = parseQuotas(spec); err != nil {
		fmt.Println("quotas:", err)
		s.quotas = make(map[string]int)
	}
	return s
}

func (s *tenantService) override(tenant string, n int) {
	s.quotas[tenant] = n
}

func main() {
	s := newTenantService("acme=100,globex")
	s.override("initech", 50)
	fmt.Println(s.quotas)
}

// A tenant service loads per-tenant quotas from a "k=v,k=v" spec into a struct field; a bad
// spec makes the parser return (nil, err), the constructor drops the error, and a later
// override writes into the nil map.
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
	s.quotas, _ = parseQuotas(spec)
	return s
}

func (s *tenantService) override(tenant string, n int) {
	s.quotas[tenant] = n // want "nil map"
}

func main() {
	s := newTenantService("acme=100,globex")
	s.override("initech", 50)
	fmt.Println(s.quotas)
}

// A label resolver returns a small result struct carrying either the tenant's labels or an
// error; a miss leaves Labels nil and sets Err, and the caller returns the error before it
// stamps the request id, so the stamp only ever goes into a resolved map.
package main

import (
	"fmt"
	"maps"
)

type resolved struct {
	Labels map[string]string
	Err    error
}

var tenants = map[string]map[string]string{"acme": {"tier": "gold"}}

func resolve(tenant string) resolved {
	labels, ok := tenants[tenant]
	if !ok {
		return resolved{Err: fmt.Errorf("unknown tenant %q", tenant)}
	}
	return resolved{Labels: maps.Clone(labels)}
}

func stamp(tenant, requestID string) (map[string]string, error) {
	r := resolve(tenant)
	if r.Err != nil {
		return nil, r.Err
	}
	r.Labels["request"] = requestID
	return r.Labels, nil
}

func main() {
	for _, t := range []string{"acme", "globex"} {
		labels, err := stamp(t, "req-7")
		fmt.Println(t, labels, err)
	}
}

// A quota service keeps per-plan tables of per-user limits. The table constructor makes one
// inner map per plan it is given; the seeding loop reads users from a fixture that includes an
// "enterprise" user, a plan the constructor was never given, and writes into its missing table.
package main

import "fmt"

type User struct {
	Name string
	Plan string
}

func newQuotas(plans []string) map[string]map[string]int {
	q := make(map[string]map[string]int, len(plans))
	for _, p := range plans {
		q[p] = make(map[string]int)
	}
	return q
}

func main() {
	quotas := newQuotas([]string{"free", "pro"})
	limits := map[string]int{"free": 10, "pro": 100, "enterprise": 1000}
	for _, u := range []User{{"ana", "free"}, {"bo", "pro"}, {"cy", "enterprise"}} {
		quotas[u.Plan][u.Name] = limits[u.Plan] // want "nil map|inner map"
	}
	fmt.Println(quotas)
}

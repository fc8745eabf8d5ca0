// Reduced from the fix in https://github.com/statsig-io/go-sdk/pull/11 ("fix data race with
// multiple map writers", commit 3a507bf): a feature-gate SDK normalizes each user by adding the
// environment tier to an environment map, and when the client was built with environment params
// that map is the options' own Params map (the Options struct is copied, the map is not), so
// concurrent gate checks write it at once.
package main

import (
	"fmt"
	"sync"
)

type Environment struct {
	Tier   string
	Params map[string]string
}

type Options struct{ Environment Environment }

type User struct {
	UserID             string
	StatsigEnvironment map[string]string
}

type Client struct {
	options *Options
	rollout map[string]int // percent of users per gate
}

func normalizeUser(user User, options Options) User {
	var env map[string]string
	if len(options.Environment.Params) > 0 { // other access
		env = options.Environment.Params // root cause
	} else {
		env = make(map[string]string)
	}
	if options.Environment.Tier != "" {
		env["tier"] = options.Environment.Tier // want "concurrent map write"
	}
	for k, v := range user.StatsigEnvironment {
		env[k] = v
	}
	user.StatsigEnvironment = env
	return user
}

func (c *Client) CheckGate(user User, gate string) bool {
	user = normalizeUser(user, *c.options)
	bucket := 0
	for _, r := range user.UserID {
		bucket = (bucket*31 + int(r)) % 100
	}
	return bucket < c.rollout[gate]
}

func main() {
	c := &Client{
		options: &Options{Environment: Environment{
			Tier:   "staging",
			Params: map[string]string{"region": "eu-west-1"},
		}},
		rollout: map[string]int{"new_checkout": 50},
	}
	results := make([]bool, 2)
	var wg sync.WaitGroup
	for i, id := range []string{"user-1", "user-2"} {
		wg.Go(func() { results[i] = c.CheckGate(User{UserID: id}, "new_checkout") })
	}
	wg.Wait()
	fmt.Println(results)
}

// Near miss of pos_fix_sdk_options_params_shared, the fixed code of
// https://github.com/statsig-io/go-sdk/pull/11 (commit 3a507bf): normalizeUser copies the
// options' environment params into a map of its own before adding the tier.
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
	env := make(map[string]string)
	// Copy to avoid a data race: the map is written below.
	for k, v := range options.Environment.Params {
		env[k] = v
	}
	if options.Environment.Tier != "" {
		env["tier"] = options.Environment.Tier
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

// A deploy CLI polls a rollout's status with retries; wait reports a status as found only
// once one was fetched, so a not-found answer (the rollout is not created yet), like
// retries running out, stops the command before it stamps the annotations map.
package main

import (
	"errors"
	"fmt"
	"os"
)

var errNotFound = errors.New("rollout not found")
var errUnavailable = errors.New("api unavailable")

type status struct {
	Phase       string
	Ready       int
	Annotations map[string]string
}

type api struct{ calls int }

func (a *api) rollout(name string) (status, error) {
	a.calls++
	switch {
	case name == "payments" && a.calls == 1:
		return status{}, errUnavailable
	case name == "payments":
		return status{}, errNotFound
	}
	return status{Phase: "Progressing", Ready: a.calls, Annotations: map[string]string{"rev": "7"}}, nil
}

func wait(c *api, name string, attempts int) (st status, found bool) {
	for i := 0; i < attempts; i++ {
		got, err := c.rollout(name)
		switch {
		case errors.Is(err, errNotFound):
			fmt.Fprintln(os.Stderr, name+": not created yet")
			return st, false
		case err != nil:
			fmt.Fprintln(os.Stderr, name+": retrying:", err)
			continue
		}
		st, found = got, true
		if st.Ready >= 3 {
			st.Phase = "Complete"
			break
		}
	}
	return st, found
}

func main() {
	c := &api{}
	name := "payments"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	st, found := wait(c, name, 5)
	if !found {
		return
	}
	st.Annotations["checked-by"] = "deployctl"
	fmt.Fprintf(os.Stdout, "%s: phase=%q ready=%d annotations=%v\n", name, st.Phase, st.Ready, st.Annotations)
}

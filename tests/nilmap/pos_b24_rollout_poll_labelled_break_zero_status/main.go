// A deploy CLI polls a rollout's status with retries; a not-found answer (the rollout is
// not created yet) breaks out of the poll loop by label, leaving the status zero, and the
// command then stamps its annotations map, which only a fetched status carries.
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

func wait(c *api, name string, attempts int) status {
	var st status
poll:
	for i := 0; i < attempts; i++ {
		got, err := c.rollout(name)
		switch {
		case errors.Is(err, errNotFound):
			fmt.Fprintln(os.Stderr, name+": not created yet")
			break poll
		case err != nil:
			fmt.Fprintln(os.Stderr, name+": retrying:", err)
			continue
		}
		st = got
		if st.Ready >= 3 {
			st.Phase = "Complete"
			break
		}
	}
	return st
}

func main() {
	c := &api{}
	name := "payments"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	st := wait(c, name, 5)
	st.Annotations["checked-by"] = "deployctl" // want "nil map"
	fmt.Fprintf(os.Stdout, "%s: phase=%q ready=%d annotations=%v\n", name, st.Phase, st.Ready, st.Annotations)
}

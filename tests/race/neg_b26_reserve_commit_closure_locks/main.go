// A job registry hands out names in two phases: Reserve checks the name under the registry's
// mutex and returns a commit function that stores the finished spec later. Reserve's deferred
// Unlock has run by the time the deployer commits (one job from a goroutine, one from main),
// so the commit closure takes the mutex again around its write.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Spec struct {
	Image string
	Args  []string
}

type Registry struct {
	mu   sync.Mutex
	jobs map[string]Spec
}

func (r *Registry) Reserve(name string) (commit func(Spec), err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, taken := r.jobs[name]; taken {
		return nil, fmt.Errorf("job %q exists", name)
	}
	r.jobs[name] = Spec{} // placeholder until committed
	return func(s Spec) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.jobs[name] = s
	}, nil
}

func render(template string, env map[string]string) Spec {
	fields := strings.Fields(template)
	for i, f := range fields {
		if v, ok := env[strings.Trim(f, "${}")]; ok && strings.HasPrefix(f, "${") {
			fields[i] = v
		}
	}
	return Spec{Image: fields[0], Args: fields[1:]}
}

func main() {
	reg := &Registry{jobs: make(map[string]Spec)}
	commitMigrate, err1 := reg.Reserve("migrate")
	commitServe, err2 := reg.Reserve("serve")
	if err1 != nil || err2 != nil {
		fmt.Println("reserve:", err1, err2)
		return
	}
	env := map[string]string{"DB": "postgres://db:5432/app", "PORT": "8080"}
	var wg sync.WaitGroup
	wg.Go(func() {
		commitMigrate(render("app:1.9 migrate --dsn ${DB}", env))
	})
	commitServe(render("app:1.9 serve --port ${PORT}", env))
	wg.Wait()

	names := make([]string, 0, len(reg.jobs))
	for name, spec := range reg.jobs {
		names = append(names, name+"="+spec.Image)
	}
	sort.Strings(names)
	fmt.Println(names)
}

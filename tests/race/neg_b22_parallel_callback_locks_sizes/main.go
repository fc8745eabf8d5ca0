// A storage scanner's forEach helper calls the callback inline for small inputs but
// splits inputs of parallelThreshold items or more in two halves, the second half in a
// goroutine. The caller's callback records sizes under a mutex, so a big bucket walked in
// two goroutines is fine.
package main

import (
	"os"
	"strconv"
	"sync"
)

const parallelThreshold = 32

type object struct {
	key  string
	size int
}

func forEach(objs []object, fn func(object)) {
	if len(objs) < parallelThreshold {
		for _, o := range objs {
			fn(o)
		}
		return
	}
	half := len(objs) / 2
	var wg sync.WaitGroup
	wg.Go(func() {
		for _, o := range objs[half:] {
			fn(o)
		}
	})
	for _, o := range objs[:half] {
		fn(o)
	}
	wg.Wait()
}

func listBucket(n int) []object {
	objs := make([]object, n)
	for i := range objs {
		objs[i] = object{key: "logs/" + strconv.Itoa(i%12) + "/part-" + strconv.Itoa(i), size: 1000 + i}
	}
	return objs
}

func main() {
	objs := listBucket(64)
	bytesByDir := make(map[string]int)
	var mu sync.Mutex
	forEach(objs, func(o object) {
		dir := o.key[:len("logs/")+1]
		mu.Lock()
		bytesByDir[dir] += o.size
		mu.Unlock()
	})
	total := 0
	for _, n := range bytesByDir {
		total += n
	}
	os.Stdout.WriteString(strconv.Itoa(len(objs)) + " objects, " + strconv.Itoa(total) + " bytes\n")
}

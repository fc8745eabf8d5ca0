// A discovery worker fills the endpoint map and then cancels its context to say it is done;
// cancel closes ctx.Done(), and the caller reads the map after receiving from it.
package main

import (
	"context"
	"fmt"
)

func discover(cancel context.CancelFunc, endpoints map[string]string) {
	defer cancel()
	endpoints["users"] = "http://users.internal"
	endpoints["orders"] = "http://orders.internal"
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	endpoints := make(map[string]string)
	go discover(cancel, endpoints)
	<-ctx.Done()
	fmt.Println(endpoints["users"], len(endpoints))
}

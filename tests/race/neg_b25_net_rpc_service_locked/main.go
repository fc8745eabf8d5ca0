// A config store is exported with net/rpc. The rpc server runs every call in a goroutine of
// its own, so Put takes the store's mutex around its write, and two clients' Puts in flight at
// once write the map one after the other.
package main

import (
	"fmt"
	"net"
	"net/rpc"
	"os"
	"sort"
	"sync"
)

type PutArgs struct {
	Key, Value string
}

type Store struct {
	// inFlight parks each Put until both test calls have reached the server, as a slow
	// disk would, so that the two calls overlap.
	inFlight sync.WaitGroup
	mu       sync.Mutex
	values   map[string]string
}

func (s *Store) Put(args PutArgs, version *int) error {
	s.inFlight.Done()
	s.inFlight.Wait()
	s.mu.Lock()
	s.values[args.Key] = args.Value
	s.mu.Unlock()
	*version = len(args.Value)
	return nil
}

func main() {
	store := &Store{values: make(map[string]string)}
	server := rpc.NewServer()
	if err := server.Register(store); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	serverEnd, clientEnd := net.Pipe()
	go server.ServeConn(serverEnd)
	client := rpc.NewClient(clientEnd)

	puts := []PutArgs{{"feature.search", "on"}, {"feature.billing", "off"}}
	store.inFlight.Add(len(puts))
	calls := make([]*rpc.Call, len(puts))
	for i, p := range puts {
		calls[i] = client.Go("Store.Put", p, new(int), nil)
	}
	var replies []string
	for i, c := range calls {
		<-c.Done
		if c.Error != nil {
			fmt.Fprintln(os.Stderr, c.Error)
			os.Exit(1)
		}
		replies = append(replies, fmt.Sprintf("%s@%d", puts[i].Key, *c.Reply.(*int)))
	}
	client.Close()
	sort.Strings(replies)
	fmt.Fprintln(os.Stdout, replies)
}

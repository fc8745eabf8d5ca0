// Reduced from the fix in https://github.com/freswa/dovecot-xaps-daemon/pull/27 ('fix "concurrent
// map read and map write" error', commit 97d97d3): a push-notification daemon's
// registration database takes its mutex to add a registration, but its delete ranges over the
// registrations without it and locks only around the delete of the one it finds.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var dbMutex = &sync.Mutex{}

type registration struct {
	deviceToken string
	mailboxes   []string
}

type database struct {
	// registrations by "user/account id".
	registrations map[string]registration
}

func (db *database) AddRegistration(user, accountID, token string, mailboxes []string) {
	dbMutex.Lock()
	db.registrations[user+"/"+accountID] = registration{token, mailboxes} // want "concurrent map write"
	dbMutex.Unlock()
}

func (db *database) DeleteIfExistRegistration(accountID string) bool {
	for key := range db.registrations { // other access
		if strings.HasSuffix(key, "/"+accountID) {
			dbMutex.Lock()
			delete(db.registrations, key)
			dbMutex.Unlock()
			return true
		}
	}
	return false
}

func main() {
	db := &database{registrations: map[string]registration{
		"alice/acct-1": {"tok-a", []string{"INBOX"}},
	}}
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { // a device registers
		<-start
		db.AddRegistration("bob", "acct-2", "tok-b", []string{"INBOX", "Sent"})
	})
	wg.Go(func() { // APNs reports a token that was already unregistered
		<-start
		db.DeleteIfExistRegistration("acct-9")
	})
	close(start)
	wg.Wait()
	fmt.Println(len(db.registrations))
}

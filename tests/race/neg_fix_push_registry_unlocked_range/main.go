// Near miss of pos_fix_push_registry_unlocked_range, the fixed code of
// https://github.com/freswa/dovecot-xaps-daemon/pull/27 (commit 97d97d3): the delete holds the
// database mutex for the whole search, not only around the delete.
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
	db.registrations[user+"/"+accountID] = registration{token, mailboxes}
	dbMutex.Unlock()
}

func (db *database) DeleteIfExistRegistration(accountID string) bool {
	dbMutex.Lock()
	defer dbMutex.Unlock()
	for key := range db.registrations {
		if strings.HasSuffix(key, "/"+accountID) {
			delete(db.registrations, key)
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

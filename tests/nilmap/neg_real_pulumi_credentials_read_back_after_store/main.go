// Reduced from pulumi/pulumi/sdk/v3 v3.277.0, go/common/workspace/credstore_test.go:687, where
// mapscope check reported `creds.Accounts["https://api.other.com"] = Account{...}` in
// TestWriteUpgradesToStrongerBackend as a write to a nil map, with the note that
// GetStoredCredentials leaves `Accounts` nil (creds.go:353, readCredentialsFile's branch for a
// missing file). The test has just stored credentials with an account (StoreCredentials,
// checked with require.NoError), read the file back (os.ReadFile, checked too) and checked
// the account's token; the credentials it reads are the ones it stored, whose map is made. A
// near miss: credentials written to a file and read back at once, the reader giving an empty
// value only for a missing or empty file. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

type account struct {
	AccessToken string `json:"accessToken"`
}

type credentials struct {
	Current  string             `json:"current"`
	Accounts map[string]account `json:"accounts"`
}

func readCredentials(path string) (credentials, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			return credentials{}, nil
		}
		return credentials{}, err
	}
	if len(b) == 0 {
		return credentials{}, nil
	}
	var c credentials
	if err := json.Unmarshal(b, &c); err != nil {
		return credentials{}, err
	}
	return c, nil
}

func storeCredentials(path string, c credentials) error {
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

func main() {
	dir, err := os.MkdirTemp("", "creds")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "credentials.json")
	first := credentials{Current: "https://api.example.com", Accounts: map[string]account{
		"https://api.example.com": {AccessToken: "tok-1"},
	}}
	if err := storeCredentials(path, first); err != nil {
		fmt.Println(err)
		return
	}
	creds, err := readCredentials(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	if creds.Accounts["https://api.example.com"].AccessToken != "tok-1" {
		fmt.Println("unexpected token")
	}
	creds.Accounts["https://api.other.com"] = account{AccessToken: "tok-2"}
	fmt.Println(storeCredentials(path, creds))
}

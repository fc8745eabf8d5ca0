// Near miss of pos_fix_null_replica_row, the fixed code of
// https://github.com/shenaba/2s-ui/pull/186: the backfill makes a map for a null row of the
// address book (and stores it back in the slice) before copying the snapshot into it.
package main

import (
	"encoding/json"
	"fmt"
)

type snapshot struct {
	Server string
	Port   int
	TLS    bool
}

func backfill(rows []map[string]interface{}, snap snapshot) {
	defaults := map[string]interface{}{
		"server":      snap.Server,
		"server_port": snap.Port,
		"tls":         snap.TLS,
	}
	for i, row := range rows {
		if row == nil {
			row = make(map[string]interface{})
			rows[i] = row
		}
		for k, v := range defaults {
			if _, ok := row[k]; !ok {
				row[k] = v
			}
		}
	}
}

func genReplicaLinks(addressBook []byte, snap snapshot) ([]string, error) {
	var rows []map[string]interface{}
	if err := json.Unmarshal(addressBook, &rows); err != nil {
		return nil, err
	}
	backfill(rows, snap)
	var links []string
	for _, row := range rows {
		link := fmt.Sprintf("%v@%v:%v", row["remark"], row["server"], row["server_port"])
		links = append(links, fmt.Sprintf("%s tls=%v", link, row["tls"]))
	}
	return links, nil
}

func main() {
	snap := snapshot{Server: "edge.example.net", Port: 443, TLS: true}
	books := []string{
		`[{"remark": "hk", "server": "hk.example.net"}, {"remark": "jp"}]`,
		`[{"remark": "sg", "server_port": 8443}, null]`,
	}
	for _, book := range books {
		links, err := genReplicaLinks([]byte(book), snap)
		if err != nil {
			fmt.Println("address book:", err)
			continue
		}
		fmt.Println(links)
	}
}

// Near miss of pos_fix_kvstore_empty_configmap, the fixed code of
// https://github.com/knative/pkg/pull/2002 (commit 0d31134d5): Set makes the store's data map
// when the loaded ConfigMap had none.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type configMap struct {
	Name string
	Data map[string]string
}

type configMapGetter interface {
	Get(name string) (*configMap, error)
}

type fakeCluster map[string]*configMap

func (c fakeCluster) Get(name string) (*configMap, error) {
	if cm, ok := c[name]; ok {
		return cm, nil
	}
	return nil, errors.New("configmaps " + name + " not found")
}

type configMapKVStore struct {
	name   string
	client configMapGetter
	data   map[string]string
}

func (cs *configMapKVStore) Load() error {
	cm, err := cs.client.Get(cs.name)
	if err != nil {
		return err
	}
	cs.data = cm.Data
	return nil
}

func (cs *configMapKVStore) Set(key string, value any) error {
	b, err := json.Marshal(value)
	if err != nil {
		return fmt.Errorf("failed to marshal: %w", err)
	}
	if cs.data == nil {
		cs.data = map[string]string{}
	}
	cs.data[key] = string(b)
	return nil
}

func main() {
	cluster := fakeCluster{"scaler-state": {Name: "scaler-state"}}
	store := &configMapKVStore{name: "scaler-state", client: cluster}
	if err := store.Load(); err != nil {
		fmt.Println("load:", err)
		return
	}
	if err := store.Set("lastScale", map[string]int{"replicas": 3}); err != nil {
		fmt.Println("set:", err)
	}
	fmt.Println(store.data)
}

// Near miss of pos_fix_mux_factory_zero_value, the fixed code of
// https://github.com/hashicorp/terraform-plugin-mux/pull/2 (commit e44b4a3): the zero-value
// factory gets its routing map made before it is filled from the servers' schemas.
package main

import "fmt"

type schema struct{ version int }

type providerSchema struct {
	resources   map[string]*schema
	dataSources map[string]*schema
}

type providerServer interface{ GetProviderSchema() providerSchema }

type staticServer providerSchema

func (s staticServer) GetProviderSchema() providerSchema { return providerSchema(s) }

type schemaServerFactory struct {
	// routes maps "resource/NAME" and "data/NAME" to the position of the server serving it.
	routes             map[string]int
	schemas            []*schema
	servers            []providerServer
	providerSchemaFrom int
}

func (f *schemaServerFactory) route(kind, name string, pos int, sc *schema) error {
	key := kind + "/" + name
	if v, ok := f.routes[key]; ok {
		return fmt.Errorf("%s served by servers %d and %d", key, v, pos)
	}
	f.routes[key] = pos
	f.schemas = append(f.schemas, sc)
	return nil
}

func newSchemaServerFactory(servers ...providerServer) (schemaServerFactory, error) {
	var factory schemaServerFactory
	factory.providerSchemaFrom = -1
	factory.servers = make([]providerServer, len(servers))
	factory.routes = make(map[string]int)
	for pos, s := range servers {
		resp := s.GetProviderSchema()
		factory.servers[pos] = s
		for name, sc := range resp.resources {
			if err := factory.route("resource", name, pos, sc); err != nil {
				return factory, err
			}
		}
		for name, sc := range resp.dataSources {
			if err := factory.route("data", name, pos, sc); err != nil {
				return factory, err
			}
		}
	}
	return factory, nil
}

func main() {
	network := staticServer{resources: map[string]*schema{"cloud_vpc": {version: 2}}}
	storage := staticServer{dataSources: map[string]*schema{"cloud_bucket": {version: 1}}}
	factory, err := newSchemaServerFactory(network, storage)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(factory.routes)
}

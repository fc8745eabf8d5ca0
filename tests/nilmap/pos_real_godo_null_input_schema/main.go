// Reduced from digitalocean/godo v1.244.0, action_gateway_inference.go:79, a nil-map write
// mapscope check found: actionGatewayToolSchema makes `result`, then decodes the tool's input
// schema (a json.RawMessage from the MCP server's tools/list answer) into it; when the server
// sends `"inputSchema": null` the raw message holds `null`, which is not empty, and decoding
// `null` into a map sets the map to nil, so `result["type"] = "object"` panics with `assignment
// to entry in nil map` (checked with a test in the module that decodes such a tool and passes
// its schema). ChatTools, MessageTools and ResponseTools all call it for every tool the session
// lists. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
)

type mcpTool struct {
	Name        string          `json:"name"`
	Description string          `json:"description"`
	InputSchema json.RawMessage `json:"inputSchema"`
}

type chatTool struct {
	name       string
	parameters map[string]any
}

func toolSchema(schema json.RawMessage) map[string]any {
	result := make(map[string]any)
	if len(schema) > 0 {
		_ = json.Unmarshal(schema, &result)
	}
	for _, key := range []string{"oneOf", "allOf", "anyOf", "enum", "const", "not"} {
		delete(result, key)
	}
	if result["type"] == nil {
		result["type"] = "object" // want "assignment to entry in nil map"
	}
	if result["type"] == "object" && result["properties"] == nil {
		result["properties"] = map[string]any{}
	}
	return result
}

func chatTools(tools []mcpTool) []chatTool {
	result := make([]chatTool, 0, len(tools))
	for _, tool := range tools {
		result = append(result, chatTool{name: tool.Name, parameters: toolSchema(tool.InputSchema)})
	}
	return result
}

func main() {
	// A tools/list answer from a server that gives one tool no schema.
	answer := `{"tools": [
		{"name": "list_droplets", "inputSchema": {"type": "object", "properties": {"region": {"type": "string"}}}},
		{"name": "ping", "description": "liveness", "inputSchema": null}
	]}`
	var listed struct {
		Tools []mcpTool `json:"tools"`
	}
	if err := json.Unmarshal([]byte(answer), &listed); err != nil {
		fmt.Println(err)
		return
	}
	for _, tool := range chatTools(listed.Tools) {
		fmt.Println(tool.name, len(tool.parameters))
	}
}

// The near miss of pos_b25_defer_zeroes_result_error_logged: the config loader's deferred func
// resets the named result to the zero Config when a step failed, and the caller, seeing the
// error, starts again from the defaults, whose Labels map is made, before tagging it.
package main

import (
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
)

type Config struct {
	Interval int
	Labels   map[string]string
}

func parseLine(cfg *Config, line string) error {
	key, value, ok := strings.Cut(line, "=")
	if !ok {
		return fmt.Errorf("line %q: missing '='", line)
	}
	switch {
	case key == "interval":
		n, err := strconv.Atoi(value)
		if err != nil {
			return fmt.Errorf("interval: %w", err)
		}
		cfg.Interval = n
	case strings.HasPrefix(key, "label."):
		cfg.Labels[strings.TrimPrefix(key, "label.")] = value
	}
	return nil
}

func loadConfig(text string) (cfg Config, err error) {
	defer func() {
		if err != nil {
			cfg = Config{}
		}
	}()
	cfg = Config{Interval: 10, Labels: make(map[string]string)}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if err = parseLine(&cfg, strings.TrimSpace(line)); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

func main() {
	text := `
interval=15s
label.team=observability
`
	cfg, err := loadConfig(text)
	if err != nil {
		log.Printf("config: %v (continuing with the defaults)", err)
		cfg = Config{Interval: 10, Labels: map[string]string{}}
	}
	host, _ := os.Hostname()
	if host == "" {
		host = "unknown"
	}
	cfg.Labels["host"] = host
	fmt.Println(cfg.Interval, len(cfg.Labels))
}

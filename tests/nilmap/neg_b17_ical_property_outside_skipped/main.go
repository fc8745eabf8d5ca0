// A calendar feed parser runs a line-driven state machine: BEGIN starts an event with its property
// map, END stores it and resets the current event to the zero value. A property line that follows
// END before the next BEGIN (a trailing calendar-level field) is skipped outside an event.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Event struct {
	Kind  string
	Props map[string]string
}

type Parser struct {
	cur    Event
	events []Event
}

func (p *Parser) Line(line string) error {
	name, value, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("malformed line %q", line)
	}
	switch strings.ToUpper(name) {
	case "BEGIN":
		p.cur = Event{Kind: value, Props: make(map[string]string)}
	case "END":
		if p.cur.Kind != value {
			return fmt.Errorf("END:%s closes %s", value, p.cur.Kind)
		}
		p.events = append(p.events, p.cur)
		p.cur = Event{}
	default:
		// Parameters such as DTSTART;TZID=... keep only the property name.
		key, _, _ := strings.Cut(name, ";")
		if p.cur.Kind == "" {
			return nil // a calendar-level field, not part of any event
		}
		p.cur.Props[key] = value
	}
	return nil
}

const feed = `BEGIN:VEVENT
SUMMARY:Release planning
DTSTART;TZID=Europe/Berlin:20260112T100000
END:VEVENT
BEGIN:VEVENT
SUMMARY:Retro
END:VEVENT
X-WR-CALNAME:Team calendar`

func main() {
	var p Parser
	sc := bufio.NewScanner(strings.NewReader(feed))
	for sc.Scan() {
		if err := p.Line(sc.Text()); err != nil {
			fmt.Println("skip:", err)
		}
	}
	for _, ev := range p.events {
		fmt.Println(ev.Kind, ev.Props["SUMMARY"], ev.Props["DTSTART"])
	}
}

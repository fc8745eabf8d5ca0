// A calendar feed parser runs a line-driven state machine: BEGIN starts an event with its
// property map and marks the parser inside an event, END stores the event, resets it and clears
// the mark; a property line outside an event is a calendar-level field, kept apart.
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
	cur      Event
	inEvent  bool
	calendar []string
	events   []Event
}

func (p *Parser) Line(line string) error {
	name, value, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("malformed line %q", line)
	}
	switch strings.ToUpper(name) {
	case "BEGIN":
		p.cur = Event{Kind: value, Props: make(map[string]string)}
		p.inEvent = true
	case "END":
		p.events = append(p.events, p.cur)
		p.cur = Event{}
		p.inEvent = false
	default:
		if !p.inEvent {
			p.calendar = append(p.calendar, name)
			return nil
		}
		key, _, _ := strings.Cut(name, ";")
		p.cur.Props[key] = value
	}
	return nil
}

const feed = `BEGIN:VEVENT
SUMMARY:Release planning
END:VEVENT
X-WR-CALNAME:Team calendar
BEGIN:VEVENT
SUMMARY:Retro
END:VEVENT`

func main() {
	var p Parser
	sc := bufio.NewScanner(strings.NewReader(feed))
	for sc.Scan() {
		if err := p.Line(sc.Text()); err != nil {
			fmt.Println("skip:", err)
		}
	}
	for _, ev := range p.events {
		fmt.Println(ev.Kind, ev.Props["SUMMARY"])
	}
	fmt.Println("calendar fields:", p.calendar)
}

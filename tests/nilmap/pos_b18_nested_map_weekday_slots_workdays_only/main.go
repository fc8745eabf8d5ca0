// A maintenance scheduler makes one inner map of booked hours per weekday, looping from Monday
// to Friday because the first version only booked workdays; a window parsed for a Saturday then
// books its hour in a weekday that has no inner map.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Scheduler struct {
	booked map[time.Weekday]map[int]string
}

func NewScheduler() *Scheduler {
	s := &Scheduler{booked: map[time.Weekday]map[int]string{}}
	for d := time.Monday; d <= time.Friday; d++ {
		s.booked[d] = map[int]string{}
	}
	return s
}

func (s *Scheduler) Book(day time.Weekday, hour int, task string) error {
	if owner, taken := s.booked[day][hour]; taken {
		return fmt.Errorf("%s %02d:00 already booked by %s", day, hour, owner)
	}
	s.booked[day][hour] = task // want "nil map|inner map"
	return nil
}

func parseWindow(spec string) (time.Weekday, int, error) {
	t, err := time.Parse("2006-01-02 15:04", spec)
	if err != nil {
		return 0, 0, err
	}
	return t.Weekday(), t.Hour(), nil
}

func main() {
	s := NewScheduler()
	windows := []string{
		"2026-06-02 03:00 db-vacuum",
		"2026-06-04 03:00 cert-rotate",
		"2026-06-06 22:00 os-patch",
	}
	for _, w := range windows {
		fields := strings.Fields(w)
		day, hour, err := parseWindow(fields[0] + " " + fields[1])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		if err := s.Book(day, hour, fields[2]); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(len(s.booked), "days with slots")
}

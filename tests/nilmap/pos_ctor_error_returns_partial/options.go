package main

type Option func(*Client)

func WithToken(token string) Option {
	return func(c *Client) { c.SetHeader("Authorization", "Bearer "+token) }
}

package kgw

import (
	"path/filepath"
	"strings"
	"testing"
)

// The TLS settings a careless caller gets wrong are refused before any connection, each with its reason.
func TestTLSRefusesIncompleteOrBrokenSettings(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.pem")
	for _, c := range []struct {
		name string
		tls  TLS
		want string
	}{
		{"certificate without key", TLS{CertPEM: []byte("x")}, "a client certificate needs its key"},
		{"missing CA file", TLS{CAFile: missing}, "cannot read the CA file: open " + missing},
		{"CA without a certificate", TLS{CAPEM: []byte("not a pem")}, "the CA holds no PEM certificate"},
		{"unusable key pair", TLS{CertPEM: []byte("x"), KeyPEM: []byte("y")}, "the client certificate and key:"},
		{"token with a line break", TLS{Token: "abc\n"}, "the bearer token contains a line break"},
	} {
		if _, err := c.tls.DialOptions(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", c.name, err, c.want)
		}
	}
	if opts, err := (TLS{Token: "t"}).DialOptions(); err != nil || len(opts) != 2 {
		t.Errorf("a token adds per-call credentials to the TLS ones: got %d options, %v", len(opts), err)
	}
}

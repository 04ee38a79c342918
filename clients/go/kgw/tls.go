package kgw

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// TLS says how to reach a gateway that serves TLS (--tls-cert). Each PEM is given as a file or as its bytes (the
// bytes win when both are set).
type TLS struct {
	// CAFile or CAPEM: the CA that signed the gateway's certificate. Neither: the system's trusted roots.
	CAFile string
	CAPEM  []byte
	// CertFile and KeyFile, or CertPEM and KeyPEM: a client certificate and its key, for a gateway started with
	// --tls-client-ca (mutual TLS).
	CertFile, KeyFile string
	CertPEM, KeyPEM   []byte
	// Token is sent as "authorization: Bearer <token>" with every call, streams included; empty, none is sent.
	Token string
	// ServerName overrides the name checked against the gateway's certificate (by default the address's host).
	ServerName string
}

// DialTLS connects to the gateway at address over TLS; opts are added after the TLS ones.
func DialTLS(address string, t TLS, opts ...grpc.DialOption) (*Client, error) {
	tlsOpts, err := t.DialOptions()
	if err != nil {
		return nil, err
	}
	return Dial(address, append(tlsOpts, opts...)...)
}

// DialOptions are the grpc.DialOptions of t (transport credentials, and the token's per-call credentials), for
// callers that make their own connection.
func (t TLS) DialOptions() ([]grpc.DialOption, error) {
	config := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: t.ServerName}
	ca, err := pemOf("CA", t.CAPEM, t.CAFile)
	if err != nil {
		return nil, err
	}
	if ca != nil {
		config.RootCAs = x509.NewCertPool()
		if !config.RootCAs.AppendCertsFromPEM(ca) {
			return nil, errors.New("kgw: the CA holds no PEM certificate")
		}
	}
	cert, err := pemOf("client certificate", t.CertPEM, t.CertFile)
	if err != nil {
		return nil, err
	}
	key, err := pemOf("client key", t.KeyPEM, t.KeyFile)
	if err != nil {
		return nil, err
	}
	if (cert == nil) != (key == nil) {
		return nil, errors.New("kgw: a client certificate needs its key, and a key its certificate: give both or neither")
	}
	if cert != nil {
		pair, err := tls.X509KeyPair(cert, key)
		if err != nil {
			return nil, fmt.Errorf("kgw: the client certificate and key: %w", err)
		}
		config.Certificates = []tls.Certificate{pair}
	}
	opts := []grpc.DialOption{grpc.WithTransportCredentials(credentials.NewTLS(config))}
	if t.Token != "" {
		// A header value cannot hold a line break; grpc would fail each call with a vaguer error.
		if strings.ContainsAny(t.Token, "\r\n") {
			return nil, errors.New("kgw: the bearer token contains a line break (read from a file? trim it)")
		}
		opts = append(opts, grpc.WithPerRPCCredentials(bearerToken(t.Token)))
	}
	return opts, nil
}

func pemOf(what string, inline []byte, file string) ([]byte, error) {
	if inline != nil || file == "" {
		return inline, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("kgw: cannot read the %s file: %w", what, err)
	}
	return b, nil
}

// bearerToken adds the token to every call; grpc refuses to send it over a connection without TLS.
type bearerToken string

func (b bearerToken) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + string(b)}, nil
}

func (bearerToken) RequireTransportSecurity() bool { return true }
